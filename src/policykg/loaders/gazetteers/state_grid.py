"""Central state-owned companies' local branches: State Grid's named by tier (供电公司 in a city's text, 省电力公司 in a
province's), and the carriers' provincial companies and CAAC's offices by their registered names (:func:`soe_branch`).

南方电网's provinces name theirs otherwise (供电局), so no rule applies there.

>>> from policykg.schema.models import Jurisdiction
>>> hefei = Jurisdiction("合肥市", "city", ("安徽省",))
>>> power_company("供电公司", hefei, lambda tier: "合肥市" if tier == "市" else None)
'国网合肥供电公司'
>>> grid_company("省电力公司", lambda tier: "辽宁省")
'国网辽宁省电力有限公司'
"""
from __future__ import annotations

import re
from typing import Callable

from policykg.loaders.gazetteers.agency_names import _SOUTHERN_GRID
from policykg.loaders.gazetteers.places import NATIONAL, place_info
from policykg.schema.models import Jurisdiction

__all__ = ["power_company", "grid_company", "soe_branch"]


def power_company(s: str, jurisdiction: Jurisdiction, tier_place: Callable[[str], str | None]) -> str:
    """供电公司 in a city's text: the State Grid company of that city or county (国网合肥供电公司)."""
    chain = (*jurisdiction.parents, jurisdiction.name)
    if any(p in _SOUTHERN_GRID for p in chain):
        return s  # 南方电网 areas name theirs 供电局
    tier = "县" if s.startswith("县") else "区" if s.startswith("区") else "市"
    place = tier_place(tier) or tier_place("市")
    if not place or place == NATIONAL or place_info(place).level == "province":
        return s
    return "国网" + re.sub(r"(?:市|县|区)$", "", place) + "供电公司"


def grid_company(s: str, tier_place: Callable[[str], str | None]) -> str:
    """省电力公司 in a province's text (国网市电力公司 in a municipality's): State Grid's company there,
    国网辽宁省电力有限公司, 国网重庆市电力公司 (南方电网 areas name theirs otherwise)."""
    place = tier_place("省" if "省" in s else "市")
    if not place or place == NATIONAL or place in _SOUTHERN_GRID:
        return s
    if place_info(place).level != "province":
        return s  # a city's 市电力公司 is no State Grid company name
    return f"国网{place}电力{'有限' if place.endswith(('省', '自治区')) else ''}公司"


_PROVINCE = r"(?P<p>[\u4e00-\u9fff]{2,3}?(?:省|市|自治区)?)"
# central state-owned carriers' provincial companies and CAAC's provincial offices, in their registered names
_SOE_BRANCHES = (
    (re.compile(rf"^中国电信(?:股份有限公司|集团)?{_PROVINCE}(?:分公司|公司)$"), "中国电信股份有限公司{p}分公司"),
    (re.compile(rf"^中国移动(?:通信集团)?{_PROVINCE}(?<!分)(?:有限)?公司$"), "中国移动通信集团{p}有限公司"),
    (re.compile(rf"^中国联通{_PROVINCE}(?:分公司|公司)$"), "中国联合网络通信有限公司{p}分公司"),
    (re.compile(rf"^中国铁塔(?:股份有限公司|公司)?{_PROVINCE}(?:分公司|公司)$"), "中国铁塔股份有限公司{p}分公司"),
    (re.compile(rf"^(?:中国)?民航{_PROVINCE}(?:安全)?监管局$"), "中国民用航空{p}安全监督管理局"),
)


_CITY_MOBILE = re.compile(r"^中国移动(?:通信集团)?(?P<c>[\u4e00-\u9fff]{2,3}?)市?分公司$")


def soe_branch(s: str) -> str | None:
    """A central carrier's provincial company or a CAAC office by its registered name, else None.

    >>> soe_branch("中国电信福建分公司"), soe_branch("中国移动福建公司"), soe_branch("民航厦门监管局")
    ('中国电信股份有限公司福建分公司', '中国移动通信集团福建有限公司', '中国民用航空厦门安全监督管理局')
    >>> soe_branch("中国移动南充分公司")
    '中国移动通信集团四川有限公司南充分公司'
    >>> soe_branch("中国铁塔公司福建省分公司"), soe_branch("福建省电信管理局")
    ('中国铁塔股份有限公司福建省分公司', None)

    A State Grid company named in full stays as written: some are registered as 有限公司, some not.
    """
    m = _CITY_MOBILE.match(s)
    if m:  # 中国移动南充分公司: a city's branch of the provincial company (中国移动通信集团四川有限公司南充分公司)
        info = place_info(m.group("c") + "市")
        if info and info.level == "city" and info.parents:
            return f"中国移动通信集团{re.sub('(?:省|自治区)$', '', info.parents[0])}有限公司{m.group('c')}分公司"
    for pattern, form in _SOE_BRANCHES:
        m = pattern.match(s)
        if m:
            return form.format(p=m.group("p"))
    return None
