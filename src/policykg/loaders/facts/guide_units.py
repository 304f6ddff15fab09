"""Units a funding guide (办事指南, 申报指南) names in its own sections: 受理部门 and 业务主管部门.

A guide gives its award items first and then, once for all of them, the office that receives applications and the
department in charge; each award item is done by both.

Examples
--------
>>> guide_sections("某某奖励办事指南\\n四、奖励标准\\n给予10万元奖励。\\n六、受理部门\\n某区政策兑现窗口（窗口地址：某路1号）\\n"
...                "七、业务主管部门\\n某区工业和信息化局\\n联系电话：020-1234")
[('某区工业和信息化局', 62), ('某区政策兑现窗口', 33)]
"""
from __future__ import annotations

import re

from policykg.loaders.context import DocContext
from policykg.loaders.facts.duty_annex import with_units
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.schema.models import Measure, Responsibility

__all__ = ["guide_sections", "add_guide_units", "GUIDE_TITLE"]

GUIDE_TITLE = re.compile(r"(?:办事|申报|申请|服务)指南")
# 六、受理部门 / 七、业务主管部门: a section's heading, its unit on the same line or the next
_SECTION = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、])?[ \t\u3000]*"
                      r"(?P<kind>(?:业务)?主管部门|受理(?:部门|单位|窗口))[ \t\u3000]*[:：]?[ \t\u3000]*(?P<rest>[^\n]*)$", re.M)
_NEXT_LINE = re.compile(r"[^\n]*\n[ \t\u3000]*(?P<v>[^\n]*)")  # the rest of a heading's line, then the next line
_VALUE_END = re.compile(r"[（(:：,，;；。\s]|联系|电话|地址|邮箱")
_UNIT = re.compile(r"^[\u4e00-\u9fff]{4,40}(?:局|委员会|委|办公室|中心|窗口|大厅|厅|政府|管委会)$")


def guide_sections(text: str) -> list[tuple[str, int]]:
    """The units of a guide's 业务主管部门 and 受理部门 sections (the department in charge first) with their offsets."""
    found: dict[str, list[tuple[str, int]]] = {}
    for m in _SECTION.finditer(text):
        start, value = m.start("rest"), m.group("rest")
        nxt = _NEXT_LINE.match(text, m.end()) if not value.strip() else None
        if nxt:  # the unit on the next line
            start, value = nxt.start("v"), nxt.group("v")
        name = _VALUE_END.split(value, 1)[0]
        if _UNIT.match(name):
            found.setdefault("受理" if m.group("kind").startswith("受理") else "主管", []).append((name, start))
    return [*found.get("主管", [])[:1], *found.get("受理", [])[:1]]


def add_guide_units(ctx: DocContext, title: str, measures: list[Measure], resolver: AgencyResolver) -> list[Measure]:
    """``measures`` with a guide's 业务主管部门 and 受理部门 units added to each of them (a guide's items are its awards)."""
    if not GUIDE_TITLE.search(title or "") or not measures:
        return measures
    units = tuple(Responsibility(name, resolver.normalize(name), "co", ctx.evidence(at, at + len(name)))
                  for name, at in guide_sections(ctx.text))
    return [with_units(m, units) for m in measures] if units else measures
