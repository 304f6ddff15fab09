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
implements (为贯彻落实《X》, 根据《X》…精神/制定本…, 现将《X》转发给你们, a numbered 《X》(文号) 印发).

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

from policykg.loaders.citations import TitleSpan, find_titles
from policykg.loaders.context import DocContext
from policykg.loaders.dates import DATE, add_years, date_match_to_iso
from policykg.loaders.normalize import fold
from policykg.schema.models import LifecycleStatement, PolicyLink, Validity, period_bounds

__all__ = ["Lifecycle", "extract_lifecycle"]

log = logging.getLogger(__name__)

_D = DATE.pattern
_DOCNO = r"[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*(?:第\s*)?\d{1,5}\s*号"
_DOCNO_RE = re.compile(_DOCNO)
_CLAUSE_END = re.compile(r"[,。;:!?\n]")
_ISSUE_EVENT = r"印发|发布|公布|颁布|发文|签发|下发|公告|出台|通过"
_ENTRY = re.compile(
    rf"(?:自|从|于)\s*(?:(?P<date>{_D})|(?P<event>{_ISSUE_EVENT})之?日)\s*(?:起|开始)\s*"
    r"(?P<verb>(?:开始|正式)?(?:施行|实施|执行|生效|试行))"
)
_END_DATE = rf"(?P<end>{_D}|(?P<ey>(?:19|20)\d{{2}})\s*年\s*(?:(?P<em>\d{{1,2}})\s*月(?:底|末)?|底|末|年底|年末))"
_EXPIRY = re.compile(
    r"(?:有效期|执行期|实施期|施行期|有效时间|执行时间)(?:限)?(?:为|是|:)?\s*"
    rf"(?:(?:自|从)?\s*(?:{_D.replace('?P<', '?P<s_')})\s*(?:起)?\s*)?"
    rf"(?:至|到|截至|截止到?|-|~)\s*{_END_DATE}\s*(?:止|为止)?"
)
_DURATION = re.compile(r"有效期(?:限)?(?:为|是)?\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*年")
_YEARS = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-~—至到]\s*((?:19|20)\d{2})\s*年?")
_PROVISIONAL = re.compile(r"试行|暂行")
_PRECEDENCE = re.compile(r"以本(?:[\u4e00-\u9fff]{1,8})?(?:办法|措施|规定|细则|方案|意见|通知|决定|政策|规程|文件|条例)为准")
_OTHER_SUBJECT = re.compile(r"(?<!本)《|^\s*原|^\s*(?:上述|以上|下列|相关|有关)")

_LIST_JOIN = re.compile(r"\s*(?:[、,和及与]|以及)\s*(?=《)")
_PAREN_NO = re.compile(rf"\s*[(\[]\s*(?P<no>{_DOCNO})\s*(?:文)?\s*[)\]]")
_REPEAL_AFTER = re.compile(
    r"\s*(?:等[\d一二三四五六七八九十]*[个件份部项]?(?:规范性)?(?:文件|政策)?)?\s*(?:文件)?\s*"
    r"(?:同时|一并|予以|即行|自行|自即日起|自此|相应|随之|即)?\s*(?:废止|失效|停止执行|不再执行|宣布失效|作废)"
)
_REPEAL_BEFORE = re.compile(r"(?:同时|一并|决定|予以|现)?废止\s*$")
_AMEND_BEFORE = re.compile(r"(?:对|将)\s*$")
_AMEND_AFTER = re.compile(r"\s*(?:进行了?|作了?|作出了?|作如下|予以)?\s*(?:部分|相应|如下)?\s*(?:修订|修改)")
_EXTEND_BEFORE = re.compile(r"(?:延长|延续)\s*$")
_EXTEND_AFTER = re.compile(r"\s*(?:的)?\s*有效期\s*(?:延长|延续|延期)")
_VALIDITY_AFTER = re.compile(r"\s*(?:的)?\s*有效期")
_UNTIL = re.compile(rf"(?:有效期|延长|延续|延期)\s*(?:延长|延续|延期)?\s*(?:至|到)\s*{_END_DATE}")
_NUMBER_TAIL = re.compile(r"\s*(?:文件?|文)?\s*\)?")
_IMPLEMENT_VERB = re.compile(r"(?P<v>贯彻落实|贯彻|落实|根据|依据|按照|依照|遵照)")
_BASIS_VERB = {"根据", "依据", "按照", "依照", "遵照"}
_PURPOSE = re.compile(r"制定本|制订本|特制定|特制订|现制定|结合(?:本|我|全)|提出如下|现提出|现就|制定如下|精神")
_FORWARD_BEFORE = re.compile(r"(?:现将|特将|将)\s*$")
_FORWARD_AFTER = re.compile(r"\s*(?:转发|印发)")
_TITLE_AMEND = re.compile(r"关于(?:修订|修改)(?P<t>.+?)的(?:通知|决定)")
_TITLE_EXTEND = re.compile(r"关于(?:延长|延续)(?P<t>.+?)(?:的)?有效期的通知")
_TITLE_FORWARD = re.compile(r"转发(?P<t>.+?)的通知$")
_TITLE_REPEAL_NOTICE = re.compile(r"废止|失效|清理")
_SECTION_REPEAL = re.compile(r"废止|失效")
_SECTION_AMEND = re.compile(r"修改|修订")
_SECTION_KEEP = re.compile(r"继续有效|保留|继续执行")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、)]\s*(?P<rest>\S.*)$")
_TITLE_WORD = re.compile(r"通知|意见|方案|计划|办法|措施|规定|细则|决定|规划|指引|条例|政策|规则|批复|通告|公告")


@dataclass(frozen=True)
class Lifecycle:
    """A document's validity, the statements it was derived from, and the document's links."""

    validity: Validity | None = None
    statements: tuple[LifecycleStatement, ...] = ()
    links: tuple[PolicyLink, ...] = ()


def _end_date(m: re.Match[str]) -> str | None:
    """The ISO last day of an :data:`_END_DATE` match (2025年底 -> 2025-12-31)."""
    if m.group("ey"):
        y = m.group("ey")
        return period_bounds(None, f"{y}-{int(m.group('em')):02d}" if m.group("em") else y)[1]
    d = DATE.match(m.group("end"))
    return date_match_to_iso(d) if d else None


def _years(n: str) -> int:
    try:
        return int(n) if n.isdigit() else {"两": 2}.get(n) or int(cn2an.cn2an(n, "smart"))
    except ValueError:
        return 0


def _own_clause(text: str, pos: int) -> bool:
    """Whether the clause holding ``pos`` is about this document (no other document as its subject)."""
    start = pos
    while start > 0 and not _CLAUSE_END.match(text[start - 1]):
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
    cut = _CLAUSE_END.search(head)
    return not _OTHER_SUBJECT.search(head[: cut.start()] if cut else head)


def _statements(ctx: DocContext, title: str, date: str | None) -> list[LifecycleStatement]:
    text = ctx.text
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
        out.append(LifecycleStatement("expiry", _end_date(x), ctx.evidence(x.start(), x.end())))
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


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", fold(s)).strip("《》")


def _verbatim(ctx: DocContext, t: TitleSpan) -> str:
    return " ".join(ctx.nt.original_text(t.start, t.end).split("\n")).strip() or t.title


class _Links:
    """The links found so far, one per (kind, policy), first mention kept."""

    def __init__(self, ctx: DocContext, own: str, own_number: str | None = None) -> None:
        self.ctx, self.own, self.own_number, self.found = ctx, own, own_number, {}

    def add(self, kind: str, title: str | None, number: str | None, start: int, end: int,
            until: str | None = None) -> None:
        title = title.strip() if title else None
        if title and _squash(title) == self.own and (not number or number == self.own_number):
            return  # the document itself (a new version of the same title with another 文号 is not)
        key = (kind, _squash(title) if title else number)
        if key in self.found:
            old = self.found[key]
            if number and not old.doc_number:
                self.found[key] = PolicyLink(old.kind, old.title, number, old.until or until, old.evidence)
            return
        self.found[key] = PolicyLink(kind, title or None, number, until, self.ctx.evidence(start, end))  # type: ignore[arg-type]


def _after_list(text: str, t: TitleSpan, spans: dict[int, TitleSpan]) -> tuple[int, list[TitleSpan]]:
    """The end of a list of titles starting at ``t`` (《A》(文号)、《B》和《C》) and the titles in it."""
    group, pos = [t], t.end + 1
    while True:
        m = _PAREN_NO.match(text, pos)
        if m:
            pos = m.end()
        j = _LIST_JOIN.match(text, pos)
        if not j or j.end() + 1 not in spans:
            return pos, group
        nxt = spans[j.end() + 1]
        group.append(nxt)
        pos = nxt.end + 1


def _title_links(ctx: DocContext, links: _Links, titles: list[TitleSpan]) -> None:
    text = ctx.text
    spans = {t.start: t for t in titles}
    i = 0
    while i < len(titles):
        t = titles[i]
        end, group = _after_list(text, t, spans)
        i += len(group)
        open_at = t.start - 1  # the 《 of the first title
        before = text[max(0, open_at - 12): open_at]
        rb, fb = _REPEAL_BEFORE.search(before), _FORWARD_BEFORE.search(before)
        if (m := _REPEAL_AFTER.match(text, end)) or rb:
            span = (open_at, m.end()) if m else (open_at - len(before) + rb.start(), end)  # type: ignore[union-attr]
            kind, until = "repeals", None
        elif (m := _EXTEND_AFTER.match(text, end)) or (_EXTEND_BEFORE.search(before)
                                                        and (m := _VALIDITY_AFTER.match(text, end))):
            s0, s1 = ctx.sentence_bounds(t.start, end)
            u = _UNTIL.search(text, end, s1)
            span, kind, until = (open_at, m.end()), "extends", (_end_date(u) if u else None)
        elif _AMEND_BEFORE.search(before) and (m := _AMEND_AFTER.match(text, end)):
            span, kind, until = (open_at - 1, m.end()), "amends", None
        elif fb and (m := _FORWARD_AFTER.match(text, end)) and (m.group(0).strip() == "转发" or t.doc_number):
            span, kind, until = (open_at - len(fb.group(0)), m.end()), "implements", None
        else:
            _implements(ctx, links, t, group, end)
            continue
        for g in group:
            links.add(kind, _verbatim(ctx, g), g.doc_number, span[0], span[1], until)


def _implements(ctx: DocContext, links: _Links, t: TitleSpan, group: list[TitleSpan], end: int) -> None:
    """为贯彻落实《X》 / 根据《X》…精神, 制定本… : the document implements X."""
    text = ctx.text
    a = t.start - 1
    while a > 0 and not _CLAUSE_END.match(text[a - 1]):
        a -= 1
    prefix = text[a: t.start - 1]
    verbs = list(_IMPLEMENT_VERB.finditer(prefix))
    if not verbs:
        return
    v = verbs[-1]
    between = re.sub(r"《[^》]*》|\([^)]*\)", "", prefix[v.end():])
    if len(between) > 12:
        return  # the verb governs something else (根据工作需要和…《X》)
    if v.group("v") in _BASIS_VERB:
        s0, s1 = ctx.sentence_bounds(t.start, end)
        if not _PURPOSE.search(text, s0, s1):
            return  # 按照《X》规定给予…: a rule applied, not the basis of the document
    for g in group:
        links.add("implements", _verbatim(ctx, g), g.doc_number, a + v.start(), end)


def _bare_numbers(ctx: DocContext, links: _Links) -> None:
    """深府〔2018〕5号文件同时废止: a repeal by 文号 alone (a 文号 after a 《title》 went with the title)."""
    text = ctx.text
    for m in _DOCNO_RE.finditer(text):
        if re.search(r"》\s*[(\[]?\s*$", text[max(0, m.start() - 4): m.start()]):
            continue
        after = _NUMBER_TAIL.match(text, m.end())
        r = _REPEAL_AFTER.match(text, after.end())  # type: ignore[union-attr]
        if r:
            links.add("repeals", None, re.sub(r"\s+", "", m.group(0)), m.start(), r.end())


def _title_of_notice(ctx: DocContext, links: _Links, title: str) -> None:
    """关于修订《X》的通知 / 关于延长《X》有效期的通知 / 转发X的通知: the link the title itself states."""
    head = ctx.text[: min(len(ctx.text), 600)]
    # the title, and the heading of a notice whose extracted title is the document it issues
    candidates = [re.sub(r"\s+", "", title)] + [ln.strip("# ") for ln in head.split("\n")
                                                 if "关于" in ln and re.search(r"(?:通知|决定)\s*$", ln)]
    for flat, (pattern, kind) in ((f, p) for f in dict.fromkeys(candidates) for p in (
            (_TITLE_AMEND, "amends"), (_TITLE_EXTEND, "extends"), (_TITLE_FORWARD, "implements"))):
        m = pattern.search(flat)
        if not m:
            continue
        target = m.group("t").strip()
        inner = re.fullmatch(r"[^《》]*《([^《》]+)》", target)
        if inner:  # 转发区绿化市容局制订的《X》: the document is X
            target = inner.group(1)
        at, size = head.find(m.group(0)), len(m.group(0))
        if at < 0:
            at, size = head.find(target), len(target)
        start, end = (at, at + size) if at >= 0 else (0, 0)
        number = None
        for t in find_titles(ctx.text):  # the body may give its 文号: 对《X》(内交发〔2023〕607号)进行了修订
            if _squash(t.title) == _squash(target) and t.doc_number:
                number = t.doc_number
                break
        until = None
        if kind == "extends":
            u = _UNTIL.search(ctx.text)
            until = _end_date(u) if u else None
        links.add(kind, target, number, start, end, until)


def _repeal_lists(ctx: DocContext, links: _Links, title: str) -> None:
    """The lists of a 废止和宣布失效 / 清理 notice: each listed document is repealed (or amended)."""
    if not _TITLE_REPEAL_NOTICE.search(title):
        return
    mode: str | None = None
    pos = 0
    for line in ctx.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        item = _LIST_ITEM.match(line)
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(line) <= 40 and not _DOCNO_RE.search(line) and "《" not in line:  # a section: 一、决定废止的文件
            if _SECTION_KEEP.search(line):
                mode = None
            elif _SECTION_REPEAL.search(line):
                mode = "repeals"
            elif _SECTION_AMEND.search(line):
                mode = "amends"
            continue
        if not item and len(cells) < 2:
            continue
        if mode is None:
            continue
        body = item.group("rest") if item else line
        number = _DOCNO_RE.search(body)
        named = [c for c in (cells if len(cells) >= 2 else [body]) if _TITLE_WORD.search(c) and not _DOCNO_RE.fullmatch(c)]
        if not named or not (number or "《" in body):
            continue
        name = re.sub(rf"[(\[]\s*{_DOCNO}\s*[)\]]|{_DOCNO}", "", named[0]).strip(" \t,;。()")
        name = re.sub(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、)]\s*", "", name).strip("《》 ")
        if name:
            links.add(mode, name, re.sub(r"\s+", "", number.group(0)) if number else None,
                      start + len(line) - len(line.lstrip()), start + len(line.rstrip()))


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
    statements = _statements(ctx, title, date)
    links = _Links(ctx, _squash(title), re.sub(r"\s+", "", doc_number) if doc_number else None)
    _title_of_notice(ctx, links, title)
    _repeal_lists(ctx, links, title)
    titles = find_titles(ctx.text)
    names = {_squash(t.title) for t in titles} | {links.own}
    # a short back-reference (《意见》 after 《…实施意见》, 以下简称《办法》) names no other policy
    titles = [t for t in titles if len(_squash(t.title)) > 10 or not any(
        len(n) > len(_squash(t.title)) and n.endswith(_squash(t.title)) for n in names)]
    _title_links(ctx, links, titles)
    _bare_numbers(ctx, links)
    life = Lifecycle(_validity(statements, date), tuple(statements), tuple(links.found.values()))
    log.debug("lifecycle %s: %s, %d links", ctx.doc_id, life.validity, len(life.links))
    return life
