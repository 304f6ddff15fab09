"""Cited policies: titles written in 《》, with the 文号 given right after them.

Rules (``tests/data/gold/README.md``, ambiguities 27-29):

* Only titles inside 《》 count; the title is what the brackets hold (a
  jurisdiction before them, 江苏省《…》, stays outside; a draft marker inside,
  (初稿), stays in).
* A 文号 in brackets right after the title is kept: 《…》(工信软函〔2018〕1026号).
* Excluded: the document's own title, the document a notice transmits (现将《X》印发给你们,
  《X》已经市政府同意), the 建议/提案 a reply answers (in the
  title line, the salutation, the 已收悉 sentence, or any title ending in
  建议/提案 in a reply), titles that name no policy instrument (book and
  newspaper titles, a proposal's slogan), and short back-references
  (《若干措施》 after 《深圳市福田区支持区块链产业发展若干措施》, 以下简称《…》).
* Deduplicated by title, first mention kept.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> ctx = DocContext("d", normalize("根据《关于推动区块链健康有序发展有关工作的通知》（工信软函〔2018〕1026号），"
...                                 "制定本措施。《通知》要求……"))
>>> [(c.title, c.doc_number) for c in extract_citations(ctx, None)]
[('关于推动区块链健康有序发展有关工作的通知', '工信软函〔2018〕1026号')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.normalize import fold
from policykg.schema.models import Citation

__all__ = ["extract_citations", "find_titles", "TitleSpan"]

_DOC_NUMBER = re.compile(
    r"\s*[(\[]\s*(?P<no>[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*(?:第\s*)?\d{1,5}\s*号)"
    r"\s*(?:文)?\s*[)\]]"
)
_POLICY_WORD = re.compile(
    r"通知|意见|办法|措施|政策|方案|规划|计划|条例|规定|决定|细则|指引|纲要|法|标准|目录|指南|清单|决议|公告|通告"
    r"|制度|规则|准则|守则|章程|路线图|白皮书|通则|批复|函|要点|战略|指导|建议|提案|纪要|规范|导则"
)
_PROPOSAL_TAIL = re.compile(r"建议|提案|议案")
_PROPOSAL_NEAR_AFTER = re.compile(r"^\s*(?:的)?(?:提案|建议|议案)?(?:的)?\s*(?:已收悉|收悉|答复|的答复)")
_PROPOSAL_NEAR_BEFORE = re.compile(r"(?:提案|建议|议案)(?:第\s*\d+\s*号)?\s*$|第\s*\d+\s*号\s*$")
_ABBREVIATION = re.compile(r"(?:简称|下称|以下称)\s*$")
_TRANSMITTED_AFTER = re.compile(r"\s*(?:已经[^。,;]{0,24}同意|(?:现)?(?:予以)?印发给你们|现予印发|现印发)")
_TRANSMITTED_BEFORE = re.compile(r"现将\s*$")
_RECEIVED = re.compile(r"已收悉|收悉|现答复如下|答复如下")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TitleSpan:
    """A title in 《》: ``text[start:end]`` is the title without the brackets."""

    title: str
    start: int
    end: int
    doc_number: str | None = None


def find_titles(text: str, max_len: int = 150) -> list[TitleSpan]:
    """Every outermost 《…》 of ``text`` (nested 《》 allowed), with a 文号 right after it.

    >>> [(t.title, t.doc_number) for t in find_titles("江苏省《关于印发《X办法》的通知》(苏政发〔2020〕5号)")]
    [('关于印发《X办法》的通知', '苏政发〔2020〕5号')]
    """
    out: list[TitleSpan] = []
    i, n = 0, len(text)
    while True:
        i = text.find("《", i)
        if i < 0:
            break
        depth, j = 0, i
        while j < n and j - i <= max_len:
            ch = text[j]
            if ch == "《":
                depth += 1
            elif ch == "》":
                depth -= 1
                if depth == 0:
                    break
            elif ch == "\n":
                break
            j += 1
        if j >= n or depth or text[j] != "》":
            i += 1
            continue
        title = text[i + 1:j].strip()
        m = _DOC_NUMBER.match(text, j + 1)
        number = _SPACE.sub("", m.group("no")) if m else None
        if title:
            out.append(TitleSpan(title, i + 1, j, number))
        i = j + 1
    return out


def _squash(s: str | None) -> str:
    return _SPACE.sub("", fold(s) if s else "").strip("《》")


def _is_excluded(ctx: DocContext, t: TitleSpan, own: str, proposal: str, is_reply: bool, head_end: int) -> bool:
    text = ctx.text
    title = _squash(t.title)
    if not _POLICY_WORD.search(title):
        return True
    if own and title in own:  # the document itself, the plan a 印发 notice issues, 《行动方案》
        return True
    if proposal and title == proposal:
        return True
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:t.start - 1].strip() == "" and text[t.end + 1:line_end].strip() == "" and t.start < head_end:
        return True  # a 《title》 line at the top is the document's own title
    after, before = text[t.end + 1:t.end + 16], text[max(0, t.start - 16):t.start - 1]
    if _PROPOSAL_NEAR_AFTER.match(after) or _PROPOSAL_NEAR_BEFORE.search(before):
        return True
    if _ABBREVIATION.search(before):
        return True
    if _TRANSMITTED_AFTER.match(text, t.end + 1) or _TRANSMITTED_BEFORE.search(before):
        return True  # 现将《X》印发给你们 / 《X》已经省政府同意: the document a notice transmits, not a citation
    s0, s1 = ctx.sentence_bounds(t.start, t.end)
    if _RECEIVED.search(text, s0, s1) and (is_reply or _PROPOSAL_TAIL.search(title[-3:])):
        return True
    return is_reply and bool(_PROPOSAL_TAIL.search(title[-3:]))


def extract_citations(ctx: DocContext, meta) -> tuple[Citation, ...]:  # noqa: ANN001
    """The policies ``ctx`` cites by 《title》, deduplicated, in reading order.

    ``meta`` (a :class:`~policykg.loaders.structure.metadata.Metadata` or ``None``)
    supplies the document's own title, type and the proposal it answers.
    """
    text = ctx.text
    own = _squash(getattr(meta, "title", None))
    proposal = _squash(getattr(getattr(meta, "proposal", None), "title", None))
    is_reply = getattr(meta, "doc_type", None) == "proposal_reply" or bool(_RECEIVED.search(text[:2000]))
    head_end = min(len(text), 400)
    spans = find_titles(text)
    kept = [t for t in spans if not _is_excluded(ctx, t, own, proposal, is_reply, head_end)]
    titles = {_squash(t.title) for t in kept}
    out: dict[str, Citation] = {}
    for t in kept:
        title = _squash(t.title)
        # a short back-reference: 《若干措施》 after 《…若干措施》, 《实施意见》 of the document itself
        if any(len(other) > len(title) and other.endswith(title) for other in titles):
            continue
        if own and len(own) > len(title) and own.endswith(title):
            continue
        if title in out:
            if t.doc_number and not out[title].doc_number:
                out[title] = Citation(out[title].title, t.doc_number, out[title].evidence)
            continue
        verbatim = " ".join(ctx.nt.original_text(t.start, t.end).split("\n")).strip() if t.end > t.start else t.title
        out[title] = Citation(verbatim or t.title, t.doc_number, ctx.evidence(t.start, t.end))
    return tuple(out.values())
