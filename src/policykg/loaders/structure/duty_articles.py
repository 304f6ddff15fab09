"""Articles that give named units their duties item by item, and headings that are nothing but units.

>>> names_a_unit("虹口区绿化和市容管理局"), names_a_unit("各街道办事处职责"), names_a_unit("加强组织领导")
(True, True, False)
"""
from __future__ import annotations

import re

from policykg.loaders.gazetteers.agencies import is_agency
from policykg.loaders.structure.headings import LEVEL_ARTICLE, Heading, parse_heading
from policykg.loaders.structure.metadata import Line

__all__ = ["DUTY_OF", "names_a_unit", "duty_articles"]


DUTY_OF = re.compile(r"(?:的)?(?:主要)?(?:工作)?(?:职责|责任)(?:分工)?$")  # 各街道办事处职责: the name before it


def names_a_unit(title: str) -> bool:
    """Whether a heading names a unit whose duties follow: 区绿化市容局, 各街道办事处职责.

    >>> names_a_unit("虹口区绿化和市容管理局"), names_a_unit("各街道办事处职责"), names_a_unit("加强组织领导")
    (True, True, False)
    """
    t = DUTY_OF.sub("", title.strip(" 。:"))
    if not t or len(t) > 24:
        return False
    return is_agency(t) or bool(re.fullmatch(r"各[\u4e00-\u9fff、()]{1,12}(?:办事处|人民政府|政府|街道|镇|乡|单位|部门)", t))


def _names_units(title: str) -> bool:
    """区应急局, 区建管委、区房管局, 各街道、镇: a title that is nothing but units."""
    parts = [p for p in re.split(r"[、和及]", title) if p]
    return bool(parts) and (names_a_unit(title) or all(names_a_unit(p) or p in ("镇", "乡", "街道") for p in parts))


# (一)区应急管理局负责严格依法…, (二)区发展和改革委员会应当将…: an item whose subject is a unit
_UNIT_SUBJECT = re.compile(r"^(?P<u>[\u4e00-\u9fff()]{3,20}?(?:局|委员会|委|办公室|办|厅|支队|分局|中心))(?:负责|应当|应(?!急|用)|会同|牵头)")


def _opens_with_unit(title: str) -> bool:
    m = _UNIT_SUBJECT.match(title)
    return bool(m) and is_agency(m.group("u"))


def duty_articles(lines: list[Line], start: int, stop: int) -> set[int]:
    """Articles whose numbered items each give one unit its duties: 第六条 …(一)区应急局:… (二)区发改委:…

    Responsibility is assigned per item there, so each item is a measure of its own.
    """
    out: set[int] = set()
    art = None
    items: list[Heading] = []
    for i in range(start, stop + 1):
        h = parse_heading(lines[i].text, lines[i].start) if i < stop else None
        if i == stop or h is not None and h.level in (LEVEL_ARTICLE, 0):
            top = min((x.level for x in items), default=None)
            led = [x for x in items if x.level == top]
            if art is not None and len(led) >= 3 and sum(
                    _names_units(x.title) and x.inline or _opens_with_unit(x.title) for x in led) * 5 >= len(led) * 4:
                out.add(art)
            art, items = (i if h is not None and h.level == LEVEL_ARTICLE else None), []
        elif h is not None and art is not None:
            items.append(h)
    return out
