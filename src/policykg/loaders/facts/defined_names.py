"""Short names a text defines for its units: ``X(以下简称“Y”)``.

A policy names a body in full once and then by the short name it defines: ``并委托上海长宁公共租赁住房运营
有限公司(以下简称“长宁公租房公司”)负责…`` and later ``长宁公租房公司负责…``. The short name stands for the
full one wherever it is a responsible unit.

Examples
--------
>>> defined_units("委托上海长宁公共租赁住房运营有限公司(以下简称“长宁公租房公司”)负责受理。")
{'长宁公租房公司': '上海长宁公共租赁住房运营有限公司'}
>>> defined_units("长宁区住房保障事务中心(以下简称“区住房保障中心”)是本区的实施机构。")
{'区住房保障中心': '长宁区住房保障事务中心'}
>>> defined_units("整合组建后将省融资担保股份有限公司(以下简称“省融资担保公司”)打造为龙头。")
{'省融资担保公司': '省融资担保股份有限公司'}
>>> defined_units("铁路沿线安全环境治理部际联席会议(简称部际联席会议)加强统筹。")["部际联席会议办公室"]
'铁路沿线安全环境治理部际联席会议办公室'
>>> defined_units("为规范省委防灾减灾救灾领导小组(以下简称领导小组)机构设置")
{'领导小组': '省委防灾减灾救灾领导小组', '领导小组办公室': '省委防灾减灾救灾领导小组办公室', '领导小组成员单位': '省委防灾减灾救灾领导小组成员单位', '领导小组各成员单位': '省委防灾减灾救灾领导小组各成员单位'}
>>> defined_units("市住房保障办公室(以下称市住房保障部门)是具体实施机构。")
{'市住房保障部门': '市住房保障办公室'}
>>> defined_units("《上海市公共租赁住房管理办法》(以下简称《办法》)")
{}
"""
from __future__ import annotations

import re
from typing import Iterator

from policykg.loaders.gazetteers.places import innermost, known_places, leading_place

__all__ = ["defined_units"]

_DEFINED = re.compile(r"(?P<x>(?:[\u4e00-\u9fff]|[、](?=[区县市])|[(][区县市、]{1,5}[)]){4,40})[(](?:以下)?(?:简称|称为|称)[“\"]?(?P<y>[\u4e00-\u9fff]{2,12})[”\"]?(?:,[^()]{2,20})?[)]")
# where a definition's bracket opens: every match of _DEFINED ends its name at one, and no name runs over one
_OPENING = re.compile(r"[(](?:以下)?(?:简称|称)")
_LONGEST_X = 40 * 7  # _DEFINED's name: 40 parts of at most 7 characters each ((区、县、市))
_AFTER_OPENING = 46  # and what follows the bracket: 以下简称“<12 characters>”, a note of up to 20)
# a verb or a word before the name: 并委托X, 由X, 经X
_LEAD = re.compile(r"(?:并?委托|授权|指定|监督|确定|明确|设立|成立|组建|依托|同意|支持|推动|鼓励|规范|加强|完善|健全|发挥|落实"
                   r"|由|经|是|为|和|与|及|将|把|对|向)"
                   r"(?=[\u4e00-\u9fff][\u4e00-\u9fff、()]{3})")
# what a unit's name ends with
_UNIT_END = re.compile(r"(?:局|委|委员会|办|办公室|厅|部|部门|署|中心|公司|集团|院|所|站|会|行|政府|管委会|机构|联席会议|领导小组)$")
# a coordinating body's office and members, named by its short name: 部际联席会议办公室, 各成员单位
_BODY_PARTS = ("办公室", "成员单位", "各成员单位")
# 区、县(市)房产主管部门(以下简称区房产主管部门): the departments of several tiers, named by the first
_TIERS = re.compile(r"^[区县市](?:[(][区县市、]{1,5}[)])?、[区县市]")


def _name_start(x: str) -> str:
    """``x`` without the words before the name: the longest tail after a verb or a preposition that opens
    with a place, a tier or 中国/国家 (整合组建后将省融资担保股份有限公司 -> 省融资担保股份有限公司), else the
    tail after the first such word (并委托上海长宁… -> 上海长宁…)."""
    cuts = [m.end() for m in _LEAD.finditer(x)]
    for end in cuts:
        if _placed(x[end:]):
            return x[end:]
    if cuts and x[cuts[0] - 1] in "和与及" and _placed(x):
        return x  # 区规划和土地管理局: 和 inside a placed name cuts nothing
    return x[cuts[0]:] if cuts else x


def _placed(s: str) -> bool:
    """Whether ``s`` opens with a tier, a place the gazetteer knows, or 中国/国家/中共."""
    place = leading_place(s)
    return s[0] in "省市区县" or s.startswith(("中国", "国家", "中共")) or bool(place and innermost(place) in known_places())


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_DEFINED.finditer(text)``, found near each opening bracket only (a scan of the whole
    text tries up to 40 characters at every Chinese character)."""
    pos = 0
    for opening in _OPENING.finditer(text):
        a = opening.start()
        if a < pos:
            continue
        m = _DEFINED.search(text, max(pos, a - _LONGEST_X), a + _AFTER_OPENING)
        if m is not None and m.end("x") == a:
            yield m
            pos = m.end()


def defined_units(text: str) -> dict[str, str]:
    """Map each short name defined with 以下简称 to the unit it stands for (units only, not policies)."""
    out: dict[str, str] = {}
    for m in _definitions(text):
        x, y = m.group("x"), m.group("y")
        before = text[m.start("x") - 1] if m.start("x") else ""
        if before in ("《", "》") or not _UNIT_END.search(x) or not _UNIT_END.search(y):
            continue
        x = _name_start(x)
        tiers = bool(_TIERS.match(x)) and y[0] == x[0]  # 区、县(市)房产主管部门(以下简称区房产主管部门)
        if x.endswith("部门") and y.endswith("部门") and not tiers:
            continue  # X人民政府科技行政部门(以下简称科技行政部门): a kind of department named short, not one body
        if tiers:  # every district's and county's department: one collective, whichever way it is written
            out.setdefault(y, "各" + x)
            out.setdefault("各" + y, "各" + x)
        elif len(x) > len(y):
            out.setdefault(y, x)
            if re.search(r"联席会议|领导小组|委员会$", x):
                for part in _BODY_PARTS:
                    out.setdefault(y + part, x + part)
    return out
