"""Collective units: 各区人民政府, 各有关部门, 宝山区各街镇(园区).

A collective names a class of bodies (every district government, every department concerned), not
one agency.  It is kept as the text assigns it and marked ``collective`` in every store, so that
rankings of one agency's workload can leave it out.

>>> [is_collective(n) for n in ("上海市各区人民政府", "各有关部门", "宝山区各街镇(园区)", "各省级人民政府")]
[True, True, True, True]
>>> [is_collective(n) for n in ("上海市财政局", "各项工作领导小组", "中共上海市委组织部", "苏州市各市、区人民政府")]
[False, False, False, True]
"""
from __future__ import annotations

import re

__all__ = ["is_collective"]

# 各 at the start, or right after the place the collective belongs to (上海市各区…, 宝山区各街镇…),
# or before a class of members (联席会议各成员单位)
_COLLECTIVE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,16}?(?:省|市|区|县|州|盟|旗|自治区|新区))?各(?!项)"
    r"|各(?:成员单位|有关|相关|级|地)"
)


def is_collective(name: str) -> bool:
    """Whether a normalised unit name names a class of bodies rather than one body."""
    return bool(_COLLECTIVE.search(name or ""))
