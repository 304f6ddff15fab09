"""A head run into one line (OCR, a crawl that joined the lines): its signature (the agency the words before a date
end with, joint signers the text as written spaces apart), its date before (此件主动公开), its 文号 after the title.

>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.structure.titles import lines_of
>>> text = "关于做好防汛工作的通知各区县：现将有关事项通知如下，请认真贯彻落实，确保安全度汛，切实做好防汛抗旱各项准备工作，" * 3
>>> run_on_signature(lines_of(normalize(text + "山东省防汛抗旱指挥部办公室2020年11月2日附件").text))
('山东省防汛抗旱指挥部办公室', '2020-11-02')
"""
from __future__ import annotations

import re

from policykg.loaders.context import DocContext
from policykg.loaders.gazetteers.agencies import is_agency
from policykg.loaders.gazetteers.places import known_places, leading_place
from policykg.loaders.structure.dates import DATE, date_match_to_iso
from policykg.loaders.structure.titles import Line

__all__ = ["run_on_signature", "spaced_apart", "run_on_date", "run_on_doc_number"]

_RUN_ON_SIGN = re.compile(r"(?P<org>[\u4e00-\u9fff]{4,40}?(?:局|厅|委员会|委|办公室|中心|政府|管委会))\s*"
                          r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?!前|以前|之前|起|至|以来|后|召开|发布的|印发的)")


# …中国铁路南昌局集团有限公司　　2020年12月31日(此件主动公开)…: the date of issue before its publicity note
_DATED_PUBLICITY = re.compile(r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[(]此件(?:主动公开|公开发布|依申请公开)[)]")
# …(此件主动公开)2019年全省…改革工作要点闽审改办〔2019〕6号　　2019年,…: the 文号 after the plan's own title
_RUN_ON_NO = re.compile(r"[)]\s*[^,。;:()《》]{6,60}?(?:工作要点|实施方案|行动方案|实施意见|若干措施)"
                        r"(?P<no>[\u4e00-\u9fff]{2,8}〔(?:19|20)\d{2}〕\d{1,4}号)")


def _run_on_line(lines: list[Line]) -> list[Line]:
    """The first long line (after a page's labels), where a head run into one line stands; [] when there is none."""
    return [x for x in lines[:15] if len(x.text) > 150][:1]


def run_on_date(lines: list[Line]) -> str | None:
    """The ISO date before (此件主动公开) in a head run into one line, else None."""
    for ln in _run_on_line(lines):
        m = _DATED_PUBLICITY.search(ln.text)
        iso = date_match_to_iso(DATE.match(m.group("d"))) if m else None  # type: ignore[arg-type]
        if iso:
            return iso
    return None


def run_on_doc_number(lines: list[Line]) -> str | None:
    """The 文号 right after the plan's own title in a head run into one line, else None."""
    for ln in _run_on_line(lines):
        m = _RUN_ON_NO.search(ln.text, 0, 3000)
        if m:
            return m.group("no")
    return None


def run_on_signature(lines: list[Line]) -> tuple[str, str] | None:
    """(issuer, ISO date) of a signature inside a head run into one line (OCR): …请认真贯彻落实。附件:…
    山东省防汛抗旱指挥部办公室2020年11月2日附件… (the agency the words before the date end with)."""
    for ln in _run_on_line(lines):
        for m in _RUN_ON_SIGN.finditer(ln.text):
            tails = [m.group("org")[k:] for k in range(len(m.group("org")) - 3)]  # …分工方案山东省…办公室: from its place on
            org = (next((x for x in tails if leading_place(x) in known_places() and is_agency(x)), None)
                   or next((x for x in tails if x[0] in "省市区县" and len(x) <= 12 and is_agency(x)), None))  # 省乡村振兴局
            d = DATE.match(m.group("d")) if org else None
            iso = date_match_to_iso(d) if d else None
            if org and iso:
                return org, iso
    return None


def spaced_apart(org: str, ctx: DocContext | None) -> tuple[str, ...]:
    """Joint signers of one line as the text as written spaces them apart (福建省财政厅　　…　　中国人民银行福州中心支行),
    when every part is an agency; else ()."""
    if ctx is None or len(org) < 8:
        return ()
    tail = ctx.nt.original[-4000:]
    m = re.search(r"\s*".join(map(re.escape, org)), tail)
    parts = [p for p in re.split(r"\s+", m.group(0)) if p] if m else []
    before = re.split(r"\s+", tail[:m.start()].rstrip()) if m else []
    while before and len(before[-1]) <= 30 and is_agency(before[-1]):  # a signer the match began after
        parts.insert(0, before.pop())
    return tuple(parts) if len(parts) >= 2 and all(is_agency(p) for p in parts) else ()
