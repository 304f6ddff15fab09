"""Document metadata: title, type, issuer, 文号, date, jurisdiction, validity, proposal, lifecycle.

Everything comes from the text itself: the heading lines (title, 文号), portal
labels (发文单位:, 级别:, 印发日期:), the signature block of a reply (issuer and
date) and the salutation (proposers).  Nothing is filled in from outside
knowledge: a field the text does not state stays empty.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> text = '''苏州市人民政府关于印发苏州市推进数字经济发展行动方案(2021-2023年)的通知
... 苏府〔2021〕12号
... 各市、区人民政府:
... 现将《苏州市推进数字经济发展行动方案(2021-2023年)》印发给你们,请认真贯彻执行。
... 苏州市人民政府
... 2021年3月5日'''
>>> m = extract_metadata(DocContext("d", normalize(text)))
>>> m.doc_type, m.issuer, m.doc_number, m.date
('action_plan', ('苏州市人民政府',), '苏府〔2021〕12号', '2021-03-05')
>>> m.jurisdiction.name, m.jurisdiction.level, m.validity.start, m.validity.end
('苏州市', 'city', '2021', '2023')
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.facts.people import parse_salutation
from policykg.loaders.gazetteers.agencies import is_agency, lookup
from policykg.loaders.gazetteers.places import (
    NATIONAL,
    doc_number_place,
    innermost,
    known_places,
    leading_place,
    place_alternatives,
    place_info,
)
from policykg.loaders.normalize import fold
from policykg.loaders.structure.dates import DATE, date_match_to_iso
from policykg.loaders.structure.doctype import classify
from policykg.loaders.structure.lifecycle import extract_lifecycle
from policykg.loaders.structure.titles import (
    _CHROME,
    _HEADER_DOC,
    _PARTY_PREFIX,
    _PUNCT,
    _QUOTED,
    _SUFFIX_END,
    _TITLE_WORD,
    DOC_NUMBER,
    Line,
    _joint,
    _shared_place,
    _title,
    header_end,
    lines_of,
)
from policykg.schema.models import Jurisdiction, LifecycleStatement, PolicyLink, Proposal, Validity

__all__ = ["Metadata", "extract_metadata", "DOC_NUMBER", "header_end", "Line", "lines_of"]

log = logging.getLogger(__name__)
# a portal's label and value: 文号:X, or in two cells of a table row (文号⇥X)
_LABEL_ISSUER = re.compile(r"(?:发文单位|发文机关|发布机构|发文机构|制发机关|主办单位)\s*[:\t]\s*(?P<v>[^\n\t]+)")
_LABEL_DATE = re.compile(r"(?P<label>成文日期|制发日期|印发日期|发文日期|发布日期|发布时间|日期)\s*[:\t]\s*(?P<v>[^\n]{6,30})")
_CHROME_ANYWHERE = re.compile(r"(?:级别|分类|状态|支持方式|支持产业|来源|发布时间|发布日期|印发日期|成文日期|文号|发文字号|索引号|主题分类)\s*:")
_PRINTED = re.compile(r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发$")
_PROPOSAL_WORD = re.compile(r"建议|提案|议案")
_LABEL_DOCNO = re.compile(r"(?:发文字号|文号|字号)\s*[:\t]\s*")
_LEVEL = re.compile(r"级别\s*[:]\s*(?P<v>[\u4e00-\u9fff]{1,12}?)级")
_TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff、 ]{4,40}?)关于")
_PROPOSAL_NO = re.compile(r"(?:建议|提案|议案)?第\s*(?P<no>\d{3,})\s*号|(?:建议|提案)\s*(?P<no2>\d{3,})\s*号")
_SESSION = re.compile(r"[一二三四五六七八九十]+届(?:人大|政协)?[一二三四五六七八九十]+次(?:全体)?会议")
_SIGN_SKIP = re.compile(r"^(?:\(?联系人|\(?此件|抄送|特此|附件|\(?本件|\(?联系电话|\(?电话)")


@dataclass(frozen=True)
class Metadata:
    """What a document says about itself."""

    title: str
    doc_type: str
    issuer: tuple[str, ...] = ()
    doc_number: str | None = None
    date: str | None = None
    jurisdiction: Jurisdiction = Jurisdiction("", "unknown")
    validity: Validity | None = None
    proposal: Proposal | None = None
    lifecycle: tuple[LifecycleStatement, ...] = ()
    links: tuple[PolicyLink, ...] = ()
_PUBLICITY = re.compile(r"^[(]此件(?:主动公开|公开发布|不予公开|不公开|依申请公开)[)]$")


# a ministry's rules (部门规章) promulgated by decree: 2022年6月6日中华人民共和国国家安全部令第2号公布
_DECREE = re.compile(r"(?P<d>\d{4}年\d{1,2}月\d{1,2}日)?\s*(?P<org>[\u4e00-\u9fff]{2,30}?)令\s*第(?P<n>[〇一二三四五六七八九十百零\d]+)号\s*(?:公布|发布)")


def _decree(lines: list[Line], head: int) -> re.Match[str] | None:
    """The decree line under a ministry's rules (its issuer, number and date), if the head has one."""
    for ln in lines[: head + 6]:
        m = _DECREE.search(ln.text)
        if m and is_agency(re.sub(r"^中华人民共和国", "", m.group("org"))):
            return m
    return None


def _issuers(lines: list[Line], head: int, title: str, ctx: DocContext | None = None) -> tuple[str, ...]:
    decree = _decree(lines, head)
    if decree:
        return (decree.group("org"),)
    for ln in lines[: head + 12]:
        m = _LABEL_ISSUER.search(ln.text)
        if m:
            value = _CHROME_ANYWHERE.split(m.group("v"), 1)[0]
            names = [p for p in (_agency_prefix(n) for n in re.split(r"[、,;\s]+", value)) if p]
            if names:
                return tuple(_shared_place(names))
    sign = _signature_issuers(lines, head, ctx)
    if sign:
        return sign
    for i, _ in _signature_blocks(lines):
        names = _block_issuers(lines, i, ctx)
        if names:
            return names
    inline = _inline_signature(lines, head)
    if inline:
        return (inline[0],)
    for ln in lines[:head]:
        m = _HEADER_DOC.match(ln.text)
        if m and is_agency(m.group("org")):
            return (m.group("org"),)
        t = ln.text.strip()
        if len(t) <= 30 and not _PUNCT.search(t) and not _TITLE_WORD.search(t) and is_agency(t):
            return (t,)
    m = _TITLE_ISSUER.match(re.sub(r"\s+", " ", title).strip())
    if m:
        names = [n for n in re.split(r"[、 ]", m.group("org")) if n]  # 国家发展改革委 国家能源局关于…: two issuers
        if names and all(is_agency(n) for n in names):
            return tuple(names)
    if ctx is not None and len(title) >= 6:  # a news report: 呼和浩特市人民政府印发《title》
        m = re.search(r"(?P<org>[\u4e00-\u9fff]{4,30}?)(?:正式)?(?:印发|发布|出台)了?《" + re.escape(fold(title)) + "》",
                      ctx.text[:3000])
        for k in range(len(m.group("org")) if m else 0, 3, -1):
            org = m.group("org")[-k:]
            if is_agency(org) and not org.startswith(("日", "月")):
                return (org,)
    return ()


def _agency_prefix(s: str) -> str | None:
    """The longest start of ``s`` that reads as an agency (a merged label line runs on into prose)."""
    s = re.split(r"[,。;:]", s, 1)[0]
    if len(s) <= 40 and is_agency(s):
        return s
    for m in reversed(list(_SUFFIX_END.finditer(s[:40]))):
        cand = s[: m.end()]
        if is_agency(cand):
            return cand
    return None


def _signature_issuers(lines: list[Line], head: int, ctx: DocContext | None = None) -> tuple[str, ...]:
    found: list[str] = []
    dated = False  # a signature carries its date; agency names closing a task table do not
    for ln in reversed(lines[max(head, len(lines) - 10):]):
        t = ln.text.strip()
        if not t or DATE.fullmatch(t.strip("()")) or _SIGN_SKIP.match(t):
            if found:
                break
            dated = dated or bool(t and DATE.fullmatch(t.strip("()")))
            continue
        if not dated and len(found) >= 1 and t == found[-1]:
            return ()  # the same unit twice in a row: the cells of a table, not a signature
        if len(t) <= 40 and not _PUNCT.search(t) and is_agency(t) and lookup(t) is None or (
                len(t) <= 40 and lookup(t) is not None):
            found.extend(reversed(_joint(ctx, ln)))
            continue
        break
    return tuple(reversed(found))


def _block_issuers(lines: list[Line], date_line: int, ctx: DocContext | None = None) -> tuple[str, ...]:
    """The agency lines right above a signature date (joint issuers stand one per line or share one)."""
    found: list[str] = []
    for ln in reversed(lines[max(0, date_line - 4): date_line]):
        t = ln.text.strip()
        if len(t) <= 40 and not _PUNCT.search(t) and is_agency(t):
            found.extend(reversed(_joint(ctx, ln)))
        else:
            break
    return tuple(reversed(found))


def _doc_number(ctx: DocContext, lines: list[Line], head: int) -> str | None:
    decree = _decree(lines, head)
    if decree:
        return f"{decree.group('org')}令第{decree.group('n')}号"
    for ln in lines[:40]:
        lab = _LABEL_DOCNO.search(ln.text)
        if lab:
            m = DOC_NUMBER.match(ln.text, lab.end())
            if m and not _PROPOSAL_WORD.search(m.group("org")):
                return m.group(0)
    zones = lines[: head + 1] + lines[max(head, len(lines) - 6):]
    for ln in zones:
        for m in DOC_NUMBER.finditer(ln.text):
            before = ln.text[: m.start()]
            if "》" in before[-3:] or _PROPOSAL_WORD.search(m.group("org")):
                continue
            org = re.sub(r"^(?:发文字号|文号|字号|索引号)", "", m.group("org"))
            if not org:
                continue
            if before.strip() and not _CHROME.match(before) and len(before) > 6:
                continue  # inside a sentence: a citation
            return ln.text[m.start("org") + (len(m.group("org")) - len(org)): m.end()]
    return None


def _signature_blocks(lines: list[Line]) -> list[tuple[int, str]]:
    """(index of the date line, ISO date) of every agency line directly followed by a date line."""
    out = []
    for i in range(1, len(lines)):
        t = lines[i].text.strip().strip("()")
        m = DATE.fullmatch(t)
        if not m:
            continue
        prev = lines[i - 1].text.strip()
        if len(prev) <= 40 and not _PUNCT.search(prev) and is_agency(prev):
            iso = date_match_to_iso(m)
            if iso:
                out.append((i, iso))
    return out


_INLINE_SIGN = re.compile(r"^(?P<org>[^,。;:()]{4,40}?)\s*(?P<d>(?:19|20|[一二][〇○零])\S{1,12}?日)(?:[(][^()]{0,12}[)]|[a-z]{1,2})?$")


def _inline_signature(lines: list[Line], head: int) -> tuple[str, str] | None:
    """(issuer, ISO date) of a signature run into one line, 国务院法制办公室秘书行政司二○○五年七月八日 (text
    converted from a page or a string), found in the last lines or where a notice ends."""
    for ln in [*reversed(lines[max(head, len(lines) - 6):]), *lines[:head + 12]]:
        t = ln.text.strip()
        m = _INLINE_SIGN.match(t)
        if not m or not is_agency(m.group("org")):
            continue
        d = DATE.fullmatch(m.group("d"))
        iso = date_match_to_iso(d) if d else None
        if iso:
            return m.group("org"), iso
    return None


_DATED_INFO = re.compile(r"^(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*(?:来源|发布|作者|浏览|字号|【)")


def _date(lines: list[Line], head: int) -> str | None:
    decree = _decree(lines, head)
    if decree and decree.group("d"):
        return date_match_to_iso(DATE.match(decree.group("d")))  # type: ignore[arg-type]
    blocks = _signature_blocks(lines)
    if blocks:
        return blocks[0][1]
    inline = _inline_signature(lines, head)
    if inline:
        return inline[1]
    for k, ln in enumerate(lines[:-1]):  # 2020年2月21日 over (此件主动公开): the date of issue, an annex may follow
        m = DATE.fullmatch(ln.text.strip())
        if m and _PUBLICITY.match(lines[k + 1].text.strip()):
            iso = date_match_to_iso(m)
            if iso:
                return iso
    tail = lines[max(head, len(lines) - 8):]
    for ln in reversed(tail):
        t = ln.text.strip().strip("()")
        m = DATE.match(t)
        if m and (m.end() == len(t) or t[m.end():] in ("印发", "发布")):
            iso = date_match_to_iso(m)
            if iso:
                return iso
    for ln in reversed(tail):  # the imprint of the 版记: 某市人民政府办公室 2021年3月5日印发
        m = _PRINTED.search(ln.text)
        if m:
            iso = date_match_to_iso(DATE.match(m.group("d")))  # type: ignore[arg-type]
            if iso:
                return iso
    labelled: dict[str, str] = {}
    for ln in lines[: head + 12]:
        for m in _LABEL_DATE.finditer(ln.text):
            d = DATE.search(m.group("v"))
            iso = date_match_to_iso(d) if d else None
            if iso:
                labelled.setdefault(m.group("label"), iso)
    for label in ("成文日期", "制发日期", "印发日期", "发文日期", "发布日期", "发布时间", "日期"):
        if label in labelled:
            return labelled[label]
    for ln in lines[1:head]:
        t = ln.text.strip().strip("()")
        m = DATE.fullmatch(t)
        if m:
            return date_match_to_iso(m)
    for ln in lines[1:head + 4]:  # a page's information line: 2017-10-27来源:南沙区发改局
        m = _DATED_INFO.match(ln.text.strip())
        d = DATE.fullmatch(m.group("d")) if m else None
        if d:
            return date_match_to_iso(d)
    return None


def _jurisdiction(ctx: DocContext, lines: list[Line], head: int, title: str, issuer: tuple[str, ...],
                  doc_number: str | None) -> Jurisdiction:
    candidates: list[str] = []
    for name in issuer:
        hit = lookup(re.sub(r"^中华人民共和国", "", name))
        if hit and not leading_place(hit):
            candidates.append(NATIONAL if not hit.startswith("中国人民银行") else "")
        p = leading_place(_PARTY_PREFIX.sub("", name))
        if p:
            candidates.append(p)
    for ln in lines[: head + 12]:
        m = _LEVEL.search(ln.text)
        if m:
            v = m.group("v")
            candidates.append(NATIONAL if v in ("国家", "中央", "全国") else (leading_place(v) or ""))
    p = leading_place(_PARTY_PREFIX.sub("", re.sub(r"^关于", "", title)))
    if p:
        candidates.append(p)
    if doc_number:
        org = DOC_NUMBER.match(doc_number)
        hit = doc_number_place(org.group("org")) if org else None
        if hit:
            candidates.append(hit)
    candidates = [c for c in candidates if c]
    if not candidates:
        name = _most_mentioned(ctx.text)
        if not name:
            return Jurisdiction("", "unknown")
        candidates = [name]
    nested = candidates[0]
    name = innermost(nested)
    parents: tuple[str, ...] = ()
    if nested != name:
        parents = (nested[: -len(name)],)
    elif len(place_alternatives(name)) > 1:  # 西湖区 of 杭州市 or of 南昌市: the city the text names most
        chains = place_alternatives(name)
        best = max(chains, key=lambda c: (ctx.text.count(c[-1]) + ctx.text.count(c[-1][:-1]), -chains.index(c)))
        parents = (best[-1],)
    elif name != NATIONAL and not place_info(name).parents:
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8})" + re.escape(name), ctx.text):
            before = m.group(1)
            outer = next((before[k:] for k in range(len(before) - 1) if before[k:] in known_places()), None)
            if outer and outer != name:
                parents = (outer,)
                break
    info = place_info(name, tuple(innermost(p) for p in parents))
    return info


def _most_mentioned(text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in re.finditer(r"[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|区|县)", text):
        name = m.group(0)
        if name in known_places():
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return _province_by_short_name(text)
    return max(counts, key=lambda k: (counts[k], len(place_info(k).parents)))


_PROVINCIAL_VOICE = re.compile(r"全省|省局|省委|省政府|省直")
_PROVINCE_SHORT = re.compile(r"(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)$")


def _province_by_short_name(text: str) -> str | None:
    """A province's text that names itself only in short (江西站) and speaks of 全省/省局: that province."""
    if not _PROVINCIAL_VOICE.search(text):
        return None
    counts = {name: text.count(short) for name in known_places()
              if name.endswith(("省", "自治区")) and len(short := _PROVINCE_SHORT.sub("", name)) >= 2}
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] >= 2 and (len(ranked) < 2 or ranked[1] < counts[best]) else None


def _proposal(ctx: DocContext, lines: list[Line], title: str) -> Proposal | None:
    head = "\n".join(ln.text for ln in lines[:4])
    m = _PROPOSAL_NO.search(re.sub(r"\s+", "", title)) or _PROPOSAL_NO.search(head)
    number = (m.group("no") or m.group("no2")) if m else None
    sal = None
    for ln in lines[:6]:
        sal = parse_salutation(ln.text)
        if sal:
            break
    if not number and not sal:
        return None
    kind = "提案" if ("政协" in head or "提案" in head or (sal and sal[1] == "委员")) else "建议"
    s = _SESSION.search(head)
    t = _QUOTED.search(re.sub(r"\s+", "", title)) or _QUOTED.search(head)
    return Proposal(number or "", t.group("t") if t else None, kind, s.group(0) if s else None,
                    sal[0] if sal else ())


def extract_metadata(ctx: DocContext) -> Metadata:
    """Title, type, issuer, 文号, date, jurisdiction, validity, (for replies) proposal, lifecycle and links.

    Validity, lifecycle statements and links to other policies come from
    :func:`policykg.loaders.structure.lifecycle.extract_lifecycle`.

    Parameters
    ----------
    ctx : DocContext
        The document; ``ctx.text`` is matched.

    Returns
    -------
    Metadata
        Fields the text does not state are empty (``()``/``None``).
    """
    lines = lines_of(ctx.text)
    head = header_end(lines)
    title, _ = _title(ctx, lines, head)
    doc_type = classify(title, ctx.text)
    issuer = _issuers(lines, head, title, ctx)
    doc_number = _doc_number(ctx, lines, head)
    date = _date(lines, head)
    jurisdiction = _jurisdiction(ctx, lines, head, title, issuer, doc_number)
    life = extract_lifecycle(ctx, title, date, doc_number)
    proposal = _proposal(ctx, lines, title) if doc_type == "proposal_reply" else None
    log.debug("metadata %s: %s %s %s", ctx.doc_id, doc_type, issuer, jurisdiction.name)
    return Metadata(title, doc_type, issuer, doc_number, date, jurisdiction, life.validity, proposal,
                    life.statements, life.links)
