"""A town's or street office's own units in the documents it issues.

A town (镇, 乡) or street office (街道) names its own offices bare or by its tier (镇规建办, 社区管理办, 城市运行管理中心,
财政所, 各居委) and the district's bureaus by theirs (区房管局). The agency resolver reads a township's document as the
district's (the district's bureaus are the ones it names most), so the township's own units come back as the district's
(闵行区社区管理办); :func:`township_unit` gives them to the township (闵行区古美路街道社区管理办公室).

Examples
--------
>>> township_unit("社区管理办", "闵行区社区管理办", "闵行区", "古美路街道")
'闵行区古美路街道社区管理办公室'
>>> township_unit("镇财政所", "闵行区镇财政所", "闵行区", "吴泾镇")
'闵行区吴泾镇财政所'
>>> township_unit("区房管局", "闵行区房屋管理局", "闵行区", "吴泾镇")
'闵行区房屋管理局'
>>> township_unit("各居委", "闵行区各居民委员会", "闵行区", "古美路街道")
'闵行区古美路街道各居民委员会'
>>> township_unit("周浦镇城市建设管理事务中心", "周浦镇城市建设管理事务中心", "浦东新区", "周浦镇")
'浦东新区周浦镇城市建设管理事务中心'
"""
from __future__ import annotations

import re

from policykg.schema.facts import Measure, Responsibility

__all__ = ["township_unit", "township_measures"]

_TIER = re.compile(r"^(?:镇|乡|街道|本镇|本街道|我镇|我街道)(?=[\u4e00-\u9fff]{2})")
# what a township's own offices are called: 社区管理办, 城市运行管理中心, 财政所, 综合行政执法队, 各居民委员会
_OWN = re.compile(r"(?:办公室|办|中心|所|队|站|室|居民委员会|村民委员会|居民区)$")
_DISTRICT_WORDS = re.compile(r"^(?:区|县)|局$|委员会$|分局|支队|大队|派出所|人民政府|管理委员会")


def township_unit(name: str, normalized: str, district: str, town: str) -> str:
    """The township's name for one of its own units that the resolver gave to the district, else ``normalized``."""
    if normalized.startswith(town):
        return district + normalized  # 周浦镇城市建设管理事务中心: the district's town
    if town in normalized or not normalized.startswith(district):
        return normalized  # already the township's, or a city's or national body
    body = normalized[len(district):]
    tiered = bool(_TIER.match(name))
    if not tiered and (_DISTRICT_WORDS.search(name) or not _OWN.search(body)):
        return normalized  # 区房管局, 区消防救援支队: the district's
    body = _TIER.sub("", body)
    if body.endswith("办") and not body.endswith("街道办"):
        body += "公室"  # 社区管理办: its office, in full
    return district + town + body


def township_measures(measures: list[Measure], district: str, town: str) -> list[Measure]:
    """``measures`` with the township's own units given to it (see :func:`township_unit`)."""
    out = []
    for m in measures:
        resp = tuple(Responsibility(r.name, township_unit(r.name, r.normalized, district, town), r.role, r.evidence)
                     for r in m.responsible)
        out.append(m if resp == m.responsible else Measure(m.id, m.title, m.text, m.path, resp, m.amounts, m.evidence))
    return out
