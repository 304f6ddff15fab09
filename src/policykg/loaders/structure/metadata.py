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
from policykg.loaders.structure.dates import DATE, date_match_to_iso
from policykg.loaders.structure.doctype import classify
from policykg.loaders.structure.issuers import (
    find_decree,
    find_issuers,
    find_passage,
    find_promulgation,
    inline_signature,
    signature_blocks,
)
from policykg.loaders.structure.jurisdiction import find_jurisdiction
from policykg.loaders.structure.lifecycle import extract_lifecycle
from policykg.loaders.structure.run_on import run_on_date, run_on_doc_number, run_on_signature
from policykg.loaders.structure.titles import (
    _CHROME,
    _QUOTED,
    DOC_NUMBER,
    Line,
    _title,
    header_end,
    lines_of,
    run_on_title,
    title_number,
)
from policykg.schema.models import Jurisdiction, LifecycleStatement, PolicyLink, Proposal, Validity

__all__ = ["Metadata", "extract_metadata", "DOC_NUMBER", "header_end", "Line", "lines_of"]

log = logging.getLogger(__name__)
_LABEL_DATE = re.compile(r"(?P<label>成文日期|制发日期|印发日期|发文日期|发布日期|发布时间|日期)\s*[:\t]\s*(?P<v>[^\n]{6,30})")
_PRINTED = re.compile(r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发$")
_PROPOSAL_WORD = re.compile(r"建议|提案|议案")
_LABEL_DOCNO = re.compile(r"发文字号(?=[\u4e00-\u9fff]{2,30}公告)|(?:发文字号|文\s*号|字号)(?:\\?[\]】]\s*[:\t ]?|\s*[:\t ])\s*")
# an announcement's number: 安徽省人民代表大会常务委员会公告〔十四届〕第七十四号, 国家市场监督管理总局公告2026年第21号
_ANNOUNCEMENT_NO = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,30}?公告)\s*(?:〔[^〕\n]{1,6}〕|\d{4}\s*年)\s*第[〇一二三四五六七八九十百零\d]+号")  # 文  号:, \[发文字号\] X
_PROPOSAL_NO = re.compile(r"(?:建议|提案|议案)?第\s*(?P<no>\d{3,})\s*号|(?:建议|提案)\s*(?P<no2>\d{3,})\s*号")
_SESSION = re.compile(r"[一二三四五六七八九十]+届(?:人大|政协)?[一二三四五六七八九十]+次(?:全体)?会议")


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


def _doc_number(ctx: DocContext, lines: list[Line], head: int) -> str | None:
    decree = find_decree(lines, head)
    if decree:
        return f"{decree.group('org')}令第{decree.group('n')}号"
    for k, ln in enumerate(lines[:40]):
        lab = _LABEL_DOCNO.search(ln.text)
        if lab:
            at_end = not ln.text[lab.end():].strip() and k + 1 < len(lines)  # 文号: with its value on the next line
            value = lines[k + 1].text.strip() if at_end else ln.text[lab.end():]
            m = DOC_NUMBER.match(value) or _ANNOUNCEMENT_NO.match(value)
            if m and not _PROPOSAL_WORD.search(m.group("org")):
                return m.group(0)
    zones = lines[: head + 1] + lines[max(head, len(lines) - 6):]
    run_on = run_on_doc_number(lines)  # …工作要点闽审改办〔2019〕6号　　2019年,…: in a head run into one line
    if run_on:
        return run_on
    for ln in lines[: head + 1]:
        numbered = title_number(ln.text) or (run_on_title(ln.text) if len(ln.text) > 150 else None)
        if numbered and numbered[1]:  # …的复函国办函〔2004〕20号; X文件X〔2022〕4号X关于…的通知…: beside the title
            return numbered[1]
    for ln in zones:
        for m in DOC_NUMBER.finditer(ln.text) if "号" in ln.text else ():  # (every 文号 ends in 号: no scan without it)
            before = ln.text[: m.start()]
            if "》" in before[-3:] or _PROPOSAL_WORD.search(m.group("org")):
                continue
            org = re.sub(r"^(?:发文字号|文号|字号|索引号|QQ空间|空间|微博|微信)+|^.*文件", "", m.group("org"))  # share bar; X文件 head
            if not org:
                continue
            if before.strip() and not _CHROME.match(before) and len(before) > 6:
                continue  # inside a sentence: a citation
            return ln.text[m.start("org") + (len(m.group("org")) - len(org)): m.end()]
    return None


_DATED_INFO = re.compile(r"^(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*(?:来源|发布|作者|浏览|字号|【)")


def _date(lines: list[Line], head: int) -> str | None:
    decree = find_decree(lines, head)
    if decree and decree.group("d"):
        return date_match_to_iso(DATE.match(decree.group("d")))  # type: ignore[arg-type]
    blocks = signature_blocks(lines)
    if blocks:
        return blocks[0][1]
    inline = inline_signature(lines, head)
    if inline:
        return inline[1]
    passed = find_passage(lines, head)
    if passed:  # 2017年12月1日 河南省…常务委员会第三十二次会议通过: a regulation's date is its passing (its last revision)
        return date_match_to_iso(DATE.match(passed.group("d")))
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
        if m and (m.end() == len(t) or t[m.end():] in ("印发", "发布") or re.fullmatch(r"[(]此件[^()]{1,10}", t[m.end():])):
            iso = date_match_to_iso(m)
            if iso:
                return iso
    for ln in reversed(tail):  # the imprint of the 版记: 某市人民政府办公室 2021年3月5日印发
        m = _PRINTED.search(ln.text)
        if m:
            iso = date_match_to_iso(DATE.match(m.group("d")))  # type: ignore[arg-type]
            if iso:
                return iso
    run_on = run_on_signature(lines)  # a head run into one line (OCR): …附件:…X局2021年7月23日…: its signature
    if run_on:
        return run_on[1]
    dated = run_on_date(lines)  # …2020年12月31日(此件主动公开)…: the date of issue in a head run into one line
    if dated:
        return dated
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
    for ln in lines[: head + 2]:  # …的决定国发〔1990〕65号(一九九〇年十二月五日): the date beside a run-on head's 文号
        m = _NUMBER_DATE.search(ln.text, 0, 400)
        d = DATE.fullmatch(m.group("d")) if m else None
        if d:
            return date_match_to_iso(d)
    dated = DATE.match(lines[0].text) if lines else None  # 2021年08月27日 关于…的函: a listing's date before the title
    return date_match_to_iso(dated) if dated and lines[0].text.startswith("关于", dated.end()) else None


_NUMBER_DATE = re.compile(r"[〕\]]\s*\d{1,5}\s*号\s*[(](?P<d>[^()]{6,16})[)]")


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


_MARK = r"[\[【(]\s*(?:已废止|已失效|失效|废止)\s*[\]】)]"
_STATUS_MARK = re.compile(rf"^{_MARK}|{_MARK}$")


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
    title = _STATUS_MARK.sub("", _title(ctx, lines, head)[0])  # [已废止]…: a portal's status, not the title's words
    decree = find_promulgation(lines)  # 广州市人民政府令 第179号 《T》…现予公布: the rules it promulgates
    if decree:
        title = decree.title
    doc_type = classify(title, ctx.text)
    issuer = (decree.org,) if decree else find_issuers(lines, head, title, ctx)
    doc_number = decree.number if decree else _doc_number(ctx, lines, head)
    if doc_type == "proposal_reply" and doc_number and doc_number.startswith("国办函") and not _PROPOSAL_WORD.search(title):
        doc_type = "notice"  # a 国办函 letter (复函 to a person's report) is a letter, not a reply to a deputy's proposal
    date = decree.date if decree and decree.date else _date(lines, head)
    jurisdiction = find_jurisdiction(ctx, lines, head, title, issuer, doc_number)
    life = extract_lifecycle(ctx, title, date, doc_number)
    proposal = _proposal(ctx, lines, title) if doc_type == "proposal_reply" else None
    log.debug("metadata %s: %s %s %s", ctx.doc_id, doc_type, issuer, jurisdiction.name)
    return Metadata(title, doc_type, issuer, doc_number, date, jurisdiction, life.validity, proposal,
                    life.statements, life.links)
