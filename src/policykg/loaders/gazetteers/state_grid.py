"""State Grid's companies named by tier: 供电公司 in a city's text, 省电力公司 in a province's.

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

__all__ = ["power_company", "grid_company"]


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
