"""Which policy is in force: the lifecycle sentences of a document and its links to other policies.

What a document says of itself (:class:`~policykg.schema.models.LifecycleStatement`):

* entry into force: 本办法自2021年2月1日起施行 / 自印发之日起实施 (the document's date);
* expiry: 有效期至2023年12月31日 (执行期至…, 有效期自…至…止), or a duration, 有效期5年,
  counted from the entry into force (else from the document's date);
* a plan period in the title, 行动计划(2021-2023年);
* 试行 / 暂行 in the title (or 自…起试行), and precedence, 以本办法为准.

What it does to other policies (:class:`~policykg.schema.models.PolicyLink`), each named by
《title》 and/or 文号: repeals (同时废止, 予以废止, 不再执行, and the lists of a 废止和宣布失效 notice),
amends (关于修订《X》的通知, 对《X》进行了修订), extends (延长《X》有效期, 有效期延长至…) and
implements (为贯彻落实《X》, 根据《X》…精神/制定本…, 现将《X》转发给你们, a numbered 《X》(文号) 印发);
they are found by :mod:`policykg.loaders.structure.lifecycle_links`.

A clause whose subject is another document (《X》自…起施行, 原…) is not about this one.
Every fact carries the evidence of its clause.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> text = ("关于支持区块链产业发展的若干措施\\n一、加大资金支持。\\n"
...         "本措施自2021年2月1日起施行,有效期至2023年12月31日。"
...         "《深圳市区块链产业扶持办法》(深府〔2018〕5号)同时废止。\\n深圳市人民政府\\n2021年1月15日")
>>> life = extract_lifecycle(DocContext("d", normalize(text)), "关于支持区块链产业发展的若干措施", "2021-01-15")
>>> life.validity.start, life.validity.end
('2021-02-01', '2023-12-31')
>>> [(s.kind, s.value) for s in life.statements]
[('entry_into_force', '2021-02-01'), ('expiry', '2023-12-31')]
>>> [(k.kind, k.title, k.doc_number, k.evidence.text) for k in life.links]
[('repeals', '深圳市区块链产业扶持办法', '深府〔2018〕5号', '《深圳市区块链产业扶持办法》(深府〔2018〕5号)同时废止')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import cn2an

from policykg.loaders.context import DocContext
from policykg.loaders.structure.dates import DATE, add_years, date_match_to_iso
from policykg.loaders.structure.lifecycle_links import CLAUSE_END, END_DATE, end_date, extract_links, own_part
from policykg.schema.models import LifecycleStatement, PolicyLink, Validity

__all__ = ["Lifecycle", "extract_lifecycle"]

log = logging.getLogger(__name__)

_D = DATE.pattern
_ISSUE_EVENT = r"印发|发布|公布|颁布|发文|签发|下发|公告|出台|通过"
_ENTRY = re.compile(
    rf"(?:自|从|于)\s*(?:(?P<date>{_D})|(?P<event>{_ISSUE_EVENT})之?日)\s*(?:起|开始)\s*"
    r"(?P<verb>(?:开始|正式)?(?:施行|实施|执行|生效|试行))"
)
_EXPIRY = re.compile(
    r"(?:有效期|执行期|实施期|施行期|有效时间|执行时间)(?:限)?(?:为|是|:)?\s*"
    rf"(?:(?:自|从)?\s*(?:{_D.replace('?P<', '?P<s_')})\s*(?:起)?\s*)?"
    rf"(?:至|到|截至|截止到?|-|~)\s*{END_DATE}\s*(?:止|为止)?"
)
_DURATION = re.compile(r"有效期(?:限)?(?:为|是)?\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*年")
_YEARS = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-~—至到]\s*((?:19|20)\d{2})\s*年?")
_PROVISIONAL = re.compile(r"试行|暂行")
_PRECEDENCE = re.compile(r"以本(?:[\u4e00-\u9fff]{1,8})?(?:办法|措施|规定|细则|方案|意见|通知|决定|政策|规程|文件|条例)为准")
_OTHER_SUBJECT = re.compile(r"(?<!本)《|^\s*原|^\s*(?:上述|以上|下列|相关|有关)")


@dataclass(frozen=True)
class Lifecycle:
    """A document's validity, the statements it was derived from, and the document's links."""

    validity: Validity | None = None
    statements: tuple[LifecycleStatement, ...] = ()
    links: tuple[PolicyLink, ...] = ()


def _years(n: str) -> int:
    try:
        return int(n) if n.isdigit() else {"两": 2}.get(n) or int(cn2an.cn2an(n, "smart"))
    except ValueError:
        return 0


def _own_clause(text: str, pos: int) -> bool:
    """Whether the clause holding ``pos`` is about this document (no other document as its subject)."""
    start = pos
    while start > 0 and not CLAUSE_END.match(text[start - 1]):
        start -= 1
    clause = text[start:pos]
    if _OTHER_SUBJECT.search(clause):
        return False
    if re.match(r"\s*[本该此]", clause):
        return True
    first = start  # a clause without a subject shares the sentence's first one: 《X》自…起施行,有效期5年
    while first > 0 and text[first - 1] not in "。;!?\n":
        first -= 1
    head = text[first:start]
    cut = CLAUSE_END.search(head)
    return not _OTHER_SUBJECT.search(head[: cut.start()] if cut else head)


def _statements(ctx: DocContext, title: str, date: str | None, limit: int) -> list[LifecycleStatement]:
    text = ctx.text[:limit]
    out: list[LifecycleStatement] = []
    head = text[: min(len(text), 600)]
    m = _YEARS.search(title)
    if m:
        span = _YEARS.search(head)
        ev = ctx.evidence(span.start(), span.end()) if span else None
        out.append(LifecycleStatement("plan_period", f"{m.group(1)}-{m.group(2)}", ev))
    m = _PROVISIONAL.search(title)
    if m:
        span = re.search(m.group(0), head)
        ev = ctx.evidence(span.start(), span.end()) if span else None
        out.append(LifecycleStatement("trial" if m.group(0) == "试行" else "interim", m.group(0), ev))
    entries = [e for e in _ENTRY.finditer(text) if _own_clause(text, e.start())]
    if entries:  # the last one: the final provisions of the document (or of the plan a notice issues)
        e = entries[-1]
        iso = date_match_to_iso(DATE.match(e.group("date"))) if e.group("date") else date  # type: ignore[arg-type]
        out.append(LifecycleStatement("entry_into_force", iso, ctx.evidence(e.start(), e.end())))
        if e.group("verb").endswith("试行") and not any(s.kind == "trial" for s in out):
            out.append(LifecycleStatement("trial", "试行", ctx.evidence(e.start("verb"), e.end("verb"))))
    expiries = [x for x in _EXPIRY.finditer(text) if _own_clause(text, x.start())]
    if expiries:
        x = expiries[-1]
        s_date = DATE.search(text, x.start(), x.start("end")) if x.group("s_y") or x.group("s_cy") else None
        start = date_match_to_iso(s_date) if s_date else None
        if start and not entries:
            out.append(LifecycleStatement("entry_into_force", start, ctx.evidence(x.start(), x.end())))
        out.append(LifecycleStatement("expiry", end_date(x), ctx.evidence(x.start(), x.end())))
    else:
        durations = [d for d in _DURATION.finditer(text) if _own_clause(text, d.start())]
        if durations:
            d = durations[-1]
            n = _years(d.group("n"))
            if n:
                out.append(LifecycleStatement("duration", str(n), ctx.evidence(d.start(), d.end())))
    for p in _PRECEDENCE.finditer(text):
        out.append(LifecycleStatement("precedence", p.group(0), ctx.evidence(p.start(), p.end())))
        break
    return out


def _validity(statements: list[LifecycleStatement], date: str | None) -> Validity | None:
    by = {s.kind: s for s in statements}
    if not ({"entry_into_force", "expiry", "duration", "plan_period"} & set(by)):
        return None
    period = by["plan_period"].value.split("-") if "plan_period" in by else [None, None]  # type: ignore[union-attr]
    start = by["entry_into_force"].value if "entry_into_force" in by else None
    end = by["expiry"].value if "expiry" in by else None
    if end is None and "duration" in by and (start or date):
        end = add_years(start or date, int(by["duration"].value))  # type: ignore[arg-type]
    start, end = start or period[0], end or period[1]
    texts = [s.evidence.text for s in statements
             if s.kind in ("plan_period", "entry_into_force", "expiry", "duration") and s.evidence]
    return Validity(start, end, "; ".join(dict.fromkeys(texts)) or None)



def extract_lifecycle(ctx: DocContext, title: str, date: str | None, doc_number: str | None = None) -> Lifecycle:
    """The lifecycle statements, validity and policy links of one document.

    Parameters
    ----------
    ctx : DocContext
        The document; ``ctx.text`` is matched.
    title : str
        Its title (a plan period, 试行, and the link a 修订/延长/转发 notice names come from it).
    date : str or None
        Its date (ISO): 自印发之日起施行 and 有效期N年 count from it when no other date is stated.
    doc_number : str or None
        Its 文号: a policy of its own title but another 文号 is an earlier version, not itself.
    """
    limit = own_part(ctx, title)
    statements = _statements(ctx, title, date, limit)
    life = Lifecycle(_validity(statements, date), tuple(statements), extract_links(ctx, title, doc_number, limit))
    log.debug("lifecycle %s: %s, %d links", ctx.doc_id, life.validity, len(life.links))
    return life
