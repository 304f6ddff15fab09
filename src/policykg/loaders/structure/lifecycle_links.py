"""Links from a document to other policies, named by 《title》 and/or 文号 (:mod:`policykg.loaders.structure.lifecycle`).

repeals (同时废止, 予以废止, 不再执行, 废止X年X月X日公布的《…》, and the lists of a 废止和宣布失效 notice),
amends (关于修订《X》的通知, 对《X》进行了修订), extends (延长《X》有效期, 有效期延长至…) and implements
(为贯彻落实《X》, 根据《X》…精神/制定本…, 现将《X》转发给你们, a numbered 《X》(文号) 印发). Each link
carries the evidence of its clause.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from policykg.loaders.context import DocContext
from policykg.loaders.facts.citations import TitleSpan, find_titles
from policykg.loaders.normalize import fold
from policykg.loaders.structure.dates import DATE, date_match_to_iso
from policykg.schema.models import PolicyLink, period_bounds

__all__ = ["extract_links", "own_part", "END_DATE", "end_date", "CLAUSE_END"]

_D = DATE.pattern
_DOCNO = r"[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*(?:第\s*)?\d{1,5}\s*号"
_DOCNO_RE = re.compile(_DOCNO)
_OPENING = re.compile(r"[〔\[【(](?=\s*(?:19|20)\d{2}\s*[〕\]】)])")  # the bracket around a 文号's year (with the year)
CLAUSE_END = re.compile(r"[,。;:!?\n]")
END_DATE = rf"(?P<end>{_D}|(?P<ey>(?:19|20)\d{{2}})\s*年\s*(?:(?P<em>\d{{1,2}})\s*月(?:底|末)?|底|末|年底|年末))"

_PUBLISHED = r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:公布|印发|发布|下发|施行)的\s*)?"
_LIST_JOIN = re.compile(rf"\s*(?:[、,和及与]|以及)\s*{_PUBLISHED}(?=《)")
_PAREN_NO = re.compile(rf"\s*[(\[]\s*(?P<no>{_DOCNO})\s*(?:文)?\s*[)\]]")
_REPEAL_AFTER = re.compile(
    r"\s*(?:等[\d一二三四五六七八九十]*[个件份部项]?(?:规范性)?(?:文件|政策)?)?\s*(?:文件)?\s*"
    r"(?:同时|一并|予以|即行|自行|自即日起|自此|相应|随之|即)?\s*(?:废止|失效|停止执行|不再执行|宣布失效|作废)"
)
_REPEAL_BEFORE = re.compile(rf"(?:同时|一并|决定|予以|现)?废止\s*{_PUBLISHED}$")
_AMEND_BEFORE = re.compile(r"(?:对|将)\s*$")
_AMEND_AFTER = re.compile(r"\s*(?:进行了?|作了?|作出了?|作如下|予以)?\s*(?:部分|相应|如下)?\s*(?:修订|修改)")
_EXTEND_BEFORE = re.compile(r"(?:延长|延续)\s*$")
_EXTEND_AFTER = re.compile(r"\s*(?:的)?\s*有效期\s*(?:延长|延续|延期)")
_VALIDITY_AFTER = re.compile(r"\s*(?:的)?\s*有效期")
_UNTIL = re.compile(rf"(?:有效期|延长|延续|延期)\s*(?:延长|延续|延期)?\s*(?:至|到)\s*{END_DATE}")
_SUBTITLE_END = re.compile(r"(?:公告|通知|决定|意见|办法|规定|细则|方案)\s*$")
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


def end_date(m: re.Match[str]) -> str | None:
    """The ISO last day of an :data:`END_DATE` match (2025年底 -> 2025-12-31)."""
    if m.group("ey"):
        y = m.group("ey")
        return period_bounds(None, f"{y}-{int(m.group('em')):02d}" if m.group("em") else y)[1]
    d = DATE.match(m.group("end"))
    return date_match_to_iso(d) if d else None



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


def _subtitle_end(text: str, pos: int) -> int:
    """After 《上海海关公告2006年第4号》, the end of its bracketed full title ((上海海关关于…的公告)), else ``pos``."""
    if not text.startswith("(", pos):
        return pos
    depth = 0
    for k in range(pos, min(len(text), pos + 160)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k + 1 if _SUBTITLE_END.search(text, pos + 1, k) else pos
    return pos


def _after_list(text: str, t: TitleSpan, spans: dict[int, TitleSpan]) -> tuple[int, list[TitleSpan]]:
    """The end of a list of titles starting at ``t`` (《A》(文号)、《B》和《C》) and the titles in it.

    An item may carry its full title in brackets and open with its day of publication, as a list of
    announcements does: 废止2006年3月7日公布的《…公告2006年第4号》(…的公告)、2007年3月22日公布的《…》.
    """
    group, pos = [t], t.end + 1
    while True:
        m = _PAREN_NO.match(text, pos)
        pos = _subtitle_end(text, m.end() if m else pos)
        j = _LIST_JOIN.match(text, pos)
        if not j or j.end() + 1 not in spans:
            return pos, group
        nxt = spans[j.end() + 1]
        group.append(nxt)
        pos = nxt.end + 1


def _title_links(ctx: DocContext, links: _Links, titles: list[TitleSpan]) -> None:
    text = ctx.text
    spans = {t.start: t for t in titles}
    index = {t.start: k for k, t in enumerate(titles)}
    i = 0
    while i < len(titles):
        t = titles[i]
        end, group = _after_list(text, t, spans)
        i = index[group[-1].start] + 1  # titles inside the items' brackets are skipped with them
        open_at = t.start - 1  # the 《 of the first title
        before = text[max(0, open_at - 30): open_at]
        rb, fb = _REPEAL_BEFORE.search(before), _FORWARD_BEFORE.search(before)
        if (m := _REPEAL_AFTER.match(text, end)) or rb:
            span = (open_at, m.end()) if m else (open_at - len(before) + rb.start(), end)  # type: ignore[union-attr]
            kind, until = "repeals", None
        elif (m := _EXTEND_AFTER.match(text, end)) or (_EXTEND_BEFORE.search(before)
                                                        and (m := _VALIDITY_AFTER.match(text, end))):
            s0, s1 = ctx.sentence_bounds(t.start, end)
            u = _UNTIL.search(text, end, s1)
            span, kind, until = (open_at, m.end()), "extends", (end_date(u) if u else None)
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
    while a > 0 and not CLAUSE_END.match(text[a - 1]):
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


def _bare_numbers(ctx: DocContext, links: _Links, limit: int) -> None:
    """深府〔2018〕5号文件同时废止: a repeal by 文号 alone (a 文号 after a 《title》 went with the title)."""
    text = ctx.text
    for m in docnos(text, limit):
        if re.search(r"》\s*[(\[]?\s*$", text[max(0, m.start() - 4): m.start()]):
            continue
        after = _NUMBER_TAIL.match(text, m.end())
        r = _REPEAL_AFTER.match(text, after.end())  # type: ignore[union-attr]
        if r:
            links.add("repeals", None, re.sub(r"\s+", "", m.group(0)), m.start(), r.end())


def docnos(text: str, limit: int) -> Iterator[re.Match[str]]:
    """The matches of ``_DOCNO_RE.finditer(text, 0, limit)``, tried only at the starts before each bracket (a
    文号's name is 1 to 16 letters, then blanks, then its 〔year〕) instead of at every character of the text."""
    end = at = 0  # no match starts before ``end``; the next bracket is looked for from ``at``
    while (b := _OPENING.search(text, at, limit)) is not None:
        e = b.start()
        while e > end and text[e - 1].isspace():  # (str.isspace is the pattern's \s)
            e -= 1
        for s in range(max(end, e - 16), e):
            m = _DOCNO_RE.match(text, s, limit)
            if m:
                yield m
                end = at = m.end()
                break
        else:
            at = b.start() + 1


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
            until = end_date(u) if u else None
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


def own_part(ctx: DocContext, title: str) -> int:
    """Where the text of this document ends: a 延长《X》有效期 notice may print X in full after it.

    X's own 施行 / 有效期 / 依据《…》 sentences (本规定自发布之日起施行,有效期至2020年2月28日止) are
    the extended document's, not the notice's: they start at the line that is X's title.
    """
    m = _TITLE_EXTEND.search(re.sub(r"\s+", "", title))
    if not m:
        return len(ctx.text)
    target, pos = _squash(m.group("t")), 0
    for line in ctx.text.split("\n"):
        if pos and _squash(line.strip("# ")) == target:
            return pos
        pos += len(line) + 1
    return len(ctx.text)


def extract_links(ctx: DocContext, title: str, doc_number: str | None, limit: int) -> tuple[PolicyLink, ...]:
    """The links of one document to other policies, one per (kind, policy), first mention kept.

    Parameters
    ----------
    ctx : DocContext
        The document.
    title : str
        Its title: the link a 修订/延长/转发 notice names, and whether it is a 废止 notice with lists.
    doc_number : str or None
        Its 文号: a policy of its own title but another 文号 is an earlier version, not itself.
    limit : int
        Where its own text ends (:func:`own_part`); titles and 文号 after it are not its links.
    """
    links = _Links(ctx, _squash(title), re.sub(r"\s+", "", doc_number) if doc_number else None)
    _title_of_notice(ctx, links, title)
    _repeal_lists(ctx, links, title)
    titles = [t for t in find_titles(ctx.text) if t.start < limit]
    names = {_squash(t.title) for t in titles} | {links.own}
    # a short back-reference (《意见》 after 《…实施意见》, 以下简称《办法》) names no other policy
    titles = [t for t in titles if len(_squash(t.title)) > 10 or not any(
        len(n) > len(_squash(t.title)) and n.endswith(_squash(t.title)) for n in names)]
    _title_links(ctx, links, titles)
    _bare_numbers(ctx, links, limit)
    return tuple(links.found.values())
