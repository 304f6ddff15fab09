"""Measures of a reply to a 建议/提案: its concrete support clauses, in reading order.

A reply mixes thanks, background, achievements, umbrella policies, concrete
support clauses and promises.  Only the concrete clauses (who benefits, what
support) are measures.  The body (after 现答复如下, before 综上所述/特此/the
signature) is cut into *units*:

* an Arabic-numbered sub-heading (1、 / (1)) with its paragraphs is one unit:
  a topic the reply itself delimits; a later paragraph that opens with
  此外/另外/同时 and states support starts a new one;
* elsewhere, a paragraph is cut before enumeration and discourse markers
  (一是/二是, 此外, 另外, 同时, 其中, 在…方面,) and before ``;`` + a new
  instrument (出台/推出/设立/新增).

Inside a unit, sentences are classified: *support* (给予, 奖励, 补贴, 鼓励,
对…进行支持, 最高…, 举办…活动, 认定 ...), *umbrella* (a policy adopted "from
12 aspects", 各类/一系列 policies, a bare 出台…政策), *achievement* (已落户,
吸引了, 截至目前 ...), *future* (下一步, 将积极争取 ...).  A unit is a measure
from its first support sentence until a future or achievement sentence.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> text = '''关于某某建议的答复
... 尊敬的张三代表:
... 您提出的建议收悉,现答复如下:
... 一、关于人才的建议。我区出台了人才政策,另外对企业引进高层次人才进行支持。对经备案的培训活动,给予最高20万元支持。
... 下一步,我区将继续完善政策。
... 特此答复。'''
>>> [(m.id, m.title) for m in reply_measures(DocContext("d", normalize(text)))]
[('m1', '企业引进高层次人才进行支持')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.structure.headings import parse_heading
from policykg.loaders.structure.metadata import Line, header_end, lines_of
from policykg.loaders.structure.reply_items import part_labels, reply_items
from policykg.loaders.structure.spans import MeasureSpan, short_title

__all__ = ["reply_measures", "classify_sentence", "SUPPORT", "FUTURE"]

_INTRO = re.compile(r"答复如下|意见如下|现答复|现将[^。\n]{0,20}答复|办理情况如下|情况如下[:]?$")
_TRANSMITS = re.compile(r"(?:现|予以)印发给你们|现予印发|现印发给|现转发给你们")
_AFTER_NOTICE = re.compile(r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[(（]此件[^)）]{0,12}[)）]|[^,。;:]{2,30}(?:人民政府|办公厅|办公室|委员会|局|厅))\s*$")
_PREAMBLE = re.compile(r"(?:提出|制定)(?:以下|如下)[^。\n]{0,8}[。:]$")
_BODY_END = re.compile(r"^(?:综上所述|特此|此复|专此|以上答复|再次感谢|最后,?再次)")
SUPPORT = re.compile(
    r"给予|予以|进行支持|资金支持|奖励|补贴|补助|资助|配套支持|贴息|减免|最高|不超过|鼓励|激励|扶持"
    r"|支持(?!力度)|举办|开展[^,。]{0,30}(?:活动|行动)|服务企业|认定|评审|政策条款|财政[^,。]{0,6}承担|免费|减半"
)
_UMBRELLA = re.compile(r"(?:\d+|多|几|十[一二三四五六七八九]?)个(?:方面|角度|领域)|(?:系列|各类)[^,。]{0,12}(?:政策|措施|文件)")
_UMBRELLA_LAST = re.compile(r"^[^,]*(?:出台|实施|印发|制定)了?[^,]{0,20}(?:政策|措施)[。;]?$")
_CONCRETE = re.compile(r"给予|予以|进行支持|资金支持|奖励|补贴|补助|资助|最高|不超过|鼓励|激励|扶持|认定|评审")
_ACHIEVED = re.compile(
    r"^(?:目前,?|近年来,?|截至[^,。]{0,8},?|此外,?|其中,?|同时,?)?[^,。]{0,14}?已(?:经)?(?:有|举办|落户|落地|建成|完成|引进|聚集|集聚|吸引|形成|累计)"
    r"|^(?:近年来|截至)|吸引了|聚集了|集聚了|汇聚了"
)
FUTURE = re.compile(
    r"^(?:下一步|下步|未来|今后|接下来|后续)"
    r"|^[^,。]{0,12}?(?:将|拟)(?:积极|全力|继续|进一步|认真|持续|加快|大力|着力|重点|研究|争取|推动|推进|完善|出台|探索|贯彻|开展|加强|做好|不断|努力|结合|以)"
)
_THANKS = re.compile(r"感谢|希望[^。]{0,30}(?:关心|支持)|特此|此复")
_MARKER = re.compile(
    r"(?:(?<=[。;!?\n])|^)(?=(?:[一二三四五六七八九十]是|其[一二三]|此外|另外|同时|其中|与此同时|在[^,。]{1,20}方面,|[(]\d{1,2}[)]))"
    r"|(?<=,)(?=(?:另外|此外|同时)[,]?)"
    r"|(?<=;)(?=(?:出台|印发|推出|设立|新增|制定))"
)
_ENUM = re.compile(r"[一二三四五六七八九十]是|其[一二三]|[(]\d{1,2}[)]")
_SENT = re.compile(r"[^。!?;]*[。!?;]|[^。!?;]+$")
_NAME = re.compile(
    r"(?:推出|设立|制定了?|新增|优化|增加|出台|对)(?P<n>[^,。、;《》]{2,16}(?:支持|奖励|补贴|资助|政策包|政策条款|条款))"
    r"|(?P<m>[^,。、;《》]{2,14}(?:支持|奖励|补贴|资助))(?:中提到|方面)"
)
_LEAD_STRIP = re.compile(r"^(?:[一二三四五六七八九十]是|此外|另外|同时|其中|与此同时)?,?(?:在[^,。]{1,20}方面,)?"
                         r"(?:我[区县市省局委办厅]|本[局委办厅]|我们|[\u4e00-\u9fff]{2,4}?[区县市]"
                         r"|[区市县省][^,。]{1,6}?[局委办厅])?(?!场)")
_CLAUSES = re.compile(r"[,。;]")
_WEAK_START = re.compile(r"(?:出台|印发|为了?|根据|按照|经)")
_OPENS = re.compile(r"(?:此外|另外|同时)")
# 二是构建创新体系。: an enumerated item headed by a short task of its own (a verb and its object)
_TASK_TITLE = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三]|[(]\d{1,2}[)])\s*(?:加强|推进|推动|完善|健全|加快|建立|构建|开展"
                         r"|组织|强化|优化|提升|深化|落实|实施|争取|做好|规范|扩大|培育|发展|打造)[^。,;]{1,16}[。;]$")
_FUTURE_PARA = re.compile(r"(?:下一步|下步|今后|未来|接下来)")

@dataclass(frozen=True)
class _Seg:
    start: int
    end: int
    text: str


def classify_sentence(s: str) -> str:
    """``support``, ``umbrella``, ``achievement``, ``future``, ``thanks`` or ``other``.

    >>> classify_sentence("对上年度获得立项的企业,按其获得资金支持的50%,给予最高100万元的配套支持。")
    'support'
    >>> classify_sentence("《若干措施》从产业基金、人才培训等12个方面支持区块链产业发展。")
    'umbrella'
    >>> classify_sentence("下一步,将继续完善相关支持政策。")
    'future'
    >>> classify_sentence("目前,已举办研讨会等近20场活动。")
    'achievement'
    """
    t = s.lstrip(",")
    if FUTURE.search(t):
        return "future"
    if _THANKS.search(t):
        return "thanks"
    if _ACHIEVED.search(t):
        return "achievement"
    if _UMBRELLA.search(t):
        return "umbrella"
    last = t.rstrip("。;,").rsplit(",", 1)[-1]
    if _UMBRELLA_LAST.match(last) and not _CONCRETE.search(t):
        return "umbrella"
    return "support" if SUPPORT.search(t) else "other"


def _segments(text: str, base: int) -> list[_Seg]:
    """Sentences of a paragraph, also cut before discourse markers."""
    cuts = sorted({0, len(text), *(m.start() for m in _MARKER.finditer(text))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for m in _SENT.finditer(text[a:b]):
            if m.group(0).strip(" ,"):
                out.append(_Seg(base + a + m.start(), base + a + m.end(), m.group(0)))
    return out


def _is_boundary(seg: _Seg, prev_text: str) -> bool:
    return bool(_MARKER.match(seg.text)) or prev_text.endswith(";") and seg.text.startswith(("出台", "印发", "推出", "设立", "新增", "制定"))


def _title_of(text: str) -> str:
    m = _NAME.search(text)
    if m:
        return (m.group("n") or m.group("m")).replace("“", "").replace("”", "")
    stripped = _LEAD_STRIP.sub("", text.lstrip(","), 1)
    for clause in _CLAUSES.split(stripped):
        if len(clause) >= 4 and not _WEAK_START.match(clause) and "《" not in clause:
            return clause[:16]
    return stripped[:16] or text[:16]


def _body(lines: list[Line]) -> tuple[int, int]:
    start = None
    for i, ln in enumerate(lines[:40]):  # a page may quote the proposal (its items 1、2、…) before the reply opens
        if _INTRO.search(ln.text):
            start = i + 1
            break
    if start is None:  # a notice that transmits the text (…现印发给你们,请认真贯彻执行。) and its date: not measures
        sent = next((i for i, ln in enumerate(lines[:12]) if _TRANSMITS.search(ln.text)), None)
        if sent is not None:
            start = sent + 1
            while start < len(lines) and _AFTER_NOTICE.match(lines[start].text):
                start += 1
    if start is None:
        start = header_end(lines)
    if start < len(lines) and _PREAMBLE.search(lines[start].text):
        start += 1  # 为贯彻落实…,现提出如下措施。: the preamble, no measure
        if start < len(lines) and lines[start].text.startswith("尊敬的"):
            start += 1
    stop = len(lines)
    for i in range(start, len(lines)):
        if _BODY_END.match(lines[i].text):
            stop = i
            break
    return start, stop


def reply_measures(ctx: DocContext, genre: str = "reply") -> list:
    """The concrete support measures of a reply (ids m1, m2, ...).

    Parameters
    ----------
    ctx : DocContext
        The document.
    genre : str
        Stored on each span; ``plan`` when used as the fallback for a text without headings.

    Returns
    -------
    list of MeasureSpan
    """
    lines = lines_of(ctx.text)
    start, stop = _body(lines)
    spans: list[tuple[int, int, str]] = []
    group: list[int] | None = None  # [start, end] of the open heading-group measure
    group_title = ""
    group_closed = False

    def close_group() -> None:
        nonlocal group
        if group is not None:
            spans.append((group[0], group[1], group_title))
        group = None

    future_para = False
    for ln in lines[start:stop]:
        h = parse_heading(ln.text, ln.start)
        text, base = ln.text, ln.start
        if h is not None:
            close_group()
            group_closed = False
            future_para = False
            if h.level in (3, 4):
                group = [h.start, ln.end]
                group_title = short_title(h.title, 16)
                continue
            text, base = ctx.text[h.content_start: ln.end], h.content_start
            if not text:
                continue
        elif group is not None or group_closed:
            first = _segments(text, base)[:1]
            kind = classify_sentence(first[0].text) if first else "other"
            opens = bool(first) and bool(_OPENS.match(first[0].text))
            if kind == "future":
                close_group()
                group_closed = True
                continue
            if group is not None and not opens:
                group[1] = ln.end
                continue
            close_group()
            group_closed = False
        if _FUTURE_PARA.match(text):
            future_para = True
        if future_para:
            continue
        _free_units(_segments(text, base), spans)
    close_group()
    if len(spans) <= 1:
        _acting_paragraphs(ctx, lines[start:stop], spans)
    if genre == "reply" and part_labels(ctx.text):
        items = reply_items(ctx.text, lines[start:stop])
        if len(items) >= 2 and len(items) > len(spans):  # a reply that answers point by point delimits its measures
            spans = items
    out = []
    for k, (a, b, title) in enumerate(sorted(spans), 1):
        out.append(MeasureSpan(f"m{k}", title, a, b, (f"m{k}",), genre))
    return out


# 我委将会同…, 下一步,自治区发展改革委将…, (一)关于…。我局牵头…: a paragraph in which the replying body (or a
# named agency) commits to act on the proposal
_ACTING = re.compile(
    r"(?:^|(?<=[。;!,]))(?:[(（][一二三四五六七八九十]+[)）])?(?:关于[^。]{0,60}?[。:])?"
    r"(?:下一步|下步|今后|同时|此外|另外|[一二三四五六七八九十]是|一方面|另一方面|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?,?"
    r"(?:我[局委厅办部署]|本[局委厅办]|我单位|(?:省|市|区|县|自治区)[\u4e00-\u9fff]{1,12}?(?:局|委|厅|办))"
    r"(?:多次|再次|及时|主动|专门|还|也|又)?"
    r"(?:将|已|会同|牵头|联合|积极|正|按照|根据|持续|认真|组织|指导|配合|加快|推动|推进|编制|印发|出台|制定|在|结合|先后|高度重视"
    r"|汇总|上报|召开|协调|向)"
)


def _acting_paragraphs(ctx: DocContext, lines: list[Line], spans: list[tuple[int, int, str]]) -> None:
    """Where the support-clause reading finds (almost) nothing, each paragraph in which an agency commits to act.

    Provincial and municipal replies answer a proposal point by point with what the replying body
    (我委, 自治区发展改革委) has done and will do, not with support clauses; each such paragraph is
    a measure, and its subject is the responsible unit.
    """
    taken = [(a, b) for a, b, _ in spans]
    for ln in lines:
        text = ln.text
        if _THANKS.search(text[:12]) or not _ACTING.search(text):
            continue
        if any(a < ln.end and ln.start < b for a, b in taken):
            continue
        spans.append((ln.start, ln.end, _title_of(text)))


def _free_units(segs: list[_Seg], spans: list[tuple[int, int, str]]) -> None:
    """Append the measures of a paragraph outside heading groups."""
    cur: list[int] | None = None
    title = ""
    stopped = False
    prev = ""
    unit_start: _Seg | None = None  # the marker segment that opened this unit, while all before support is neutral
    task = False  # the unit is an enumerated task under its own heading (二是构建创新体系。)
    for seg in segs:
        kind = classify_sentence(seg.text)
        boundary = _is_boundary(seg, prev)
        if kind == "future" and task and cur is not None and not boundary and not _FUTURE_PARA.match(seg.text):
            kind = "support"  # 六是争取支持政策。我委将继续加强…: the item's own commitment, inside the item
        if boundary or kind == "future":
            if cur is not None:
                spans.append((cur[0], cur[1], title))
            cur, stopped = None, False
            unit_start = seg if boundary and _ENUM.match(seg.text) else None
        prev = seg.text
        if kind == "future":
            break
        if stopped:
            continue
        if cur is None:
            task = kind in ("other", "support") and unit_start is seg and bool(_TASK_TITLE.match(seg.text))
            if task:
                kind = "support"  # 二是构建创新体系。…: an enumerated task under its own heading is a measure
            if kind == "support":
                first = unit_start or seg
                cur = [first.start, seg.end]
                title = _title_of(first.text if unit_start and not _NAME.search(seg.text) else seg.text)
            elif kind != "other":
                unit_start = None
            continue
        if kind in ("achievement", "thanks"):
            spans.append((cur[0], cur[1], title))
            cur, stopped = None, True
            continue
        cur[1] = seg.end
    if cur is not None:
        spans.append((cur[0], cur[1], title))
