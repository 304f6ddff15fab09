"""Signatures of a text run into one line (OCR, a crawl that joined the lines): the agency the words before a date
end with, and joint signers the text as written spaces apart.

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

__all__ = ["run_on_signature", "spaced_apart"]

_RUN_ON_SIGN = re.compile(r"(?P<org>[\u4e00-\u9fff]{4,40}?(?:局|厅|委员会|委|办公室|中心|政府|管委会))\s*"
                          r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?!前|以前|之前|起|至|以来|后|召开|发布的|印发的)")


def run_on_signature(lines: list[Line]) -> tuple[str, str] | None:
    """(issuer, ISO date) of a signature inside a head run into one line (OCR): …请认真贯彻落实。附件:…
    山东省防汛抗旱指挥部办公室2020年11月2日附件… (the agency the words before the date end with)."""
    for ln in [x for x in lines[:15] if len(x.text) > 150][:1]:  # the first long line (after a page's labels)
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
