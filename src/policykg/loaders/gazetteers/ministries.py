"""Bodies a national text names by function or by tier: 国务院民政部门 is 民政部; 县级以上地方人民政府民政部门 is every
such department, written 县级以上地方各级人民政府民政部门 (the form the national golds use).

>>> national_form("国务院农业农村主管部门"), national_form("县级以上地方人民政府民政部门"), national_form("县级人民政府")
('农业农村部', '县级以上地方各级人民政府民政部门', '各县级人民政府')
>>> national_form("省、自治区、直辖市人民政府"), national_form("县级以上地方市场监督管理部门"), national_form("省级市场监督管理部门")
('各省、自治区、直辖市人民政府', '县级以上地方各级市场监督管理部门', '省级市场监督管理部门')

"""
from __future__ import annotations

import json
import re
from importlib import resources

__all__ = ["national_form", "regulation_body", "MINISTRY_BY_FUNCTION"]

MINISTRY_BY_FUNCTION: dict[str, str] = json.loads(
    resources.files("policykg.loaders.gazetteers").joinpath("data/agencies.json").read_text("utf-8"))["national_functions"]
_FUNCTIONS = "|".join(sorted(map(re.escape, MINISTRY_BY_FUNCTION), key=len, reverse=True))  # longest first
_BY_FUNCTION = re.compile("^国务院(?P<f>" + _FUNCTIONS + ")(?:(?:行政主管|主管|行政|管理)?部门|主管机构)$")  # 国务院气象主管机构
_ABOVE_COUNTY = re.compile(r"^((?:县级|市级|省级)以上(?:地方)?)(?!各级|地方)(人民政府.*|[\u4e00-\u9fff]{2,12}(?:部门|机关|机构))$")
_ONE_TIER = re.compile(r"^(?:县级|省级|设区的市级|乡镇)人民政府|^省、自治区、直辖市")  # (a tier's 省级X部门 stays as written)


def national_form(s: str) -> str:
    """The form of a national text's ministry named by function or of a tier's bodies, else ``s``."""
    m = _BY_FUNCTION.match(s)
    if m:
        return MINISTRY_BY_FUNCTION[m.group("f")]
    m = _ABOVE_COUNTY.match(s)
    if m:
        return m.group(1) + "各级" + m.group(2)
    return "各" + s if _ONE_TIER.match(s) else s


_BARE_FUNCTION = re.compile("^(?:" + _FUNCTIONS + r")(?:行政主管|主管|行政)?部门$|^公安机关$")


def regulation_body(s: str, decree: str) -> str:
    """A bare function's department in national rules (a 国务院令 or a ministry's 令) is every county's and
    higher tier's: 民政部门 in a 国务院 regulation is 县级以上各级人民政府民政部门, 市场监督管理部门 in the 总局's own
    rules 县级以上各级市场监督管理部门 (the form the national golds use).

    >>> regulation_body("民政部门", "中华人民共和国国务院令第685号"), regulation_body("市场监督管理部门", "国家市场监督管理总局令第49号")
    ('县级以上各级人民政府民政部门', '县级以上各级市场监督管理部门')
    """
    if not _BARE_FUNCTION.match(s):
        return s
    return "县级以上各级" + ("人民政府" if "国务院" in decree else "") + s
