"""Agency names as data and rules: the gazetteers (``data/agencies.json``, ``data/national_agencies.json``),
the usual abbreviations of bodies and their expansion, and whether a name reads as an agency.

:class:`policykg.loaders.gazetteers.agencies.AgencyResolver` applies these to one document's jurisdiction.

Examples
--------
>>> expand_body("工信局"), expand_body("市场监管局"), is_agency("市场监管局"), is_agency("区块链研究院")
('工业和信息化局', '市场监督管理局', True, False)
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.loaders.gazetteers.places import (
    MUNICIPALITIES,
    NATIONAL,
    doc_number_place,
    innermost,
    leading_place,
    place_info,
    short_place_prefix,
)
from policykg.schema.models import Jurisdiction

__all__ = ["Agency", "is_agency", "is_bare_body", "lookup", "expand_body", "join_place", "without_own_tier", "AGENCY_SUFFIX", "SELF_REFERENCES",
           "CENTRAL_NAMES", "is_tier_collective", "is_function_word", "body_of_doc_number"]


_DATA = json.loads(resources.files("policykg.loaders.gazetteers").joinpath("data/agencies.json").read_text("utf-8"))
_BODIES: dict[str, str | dict[str, str]] = _DATA["bodies"]
_EXPANSIONS = [(re.compile(a), b) for a, b in _DATA["expansions"]]
_FUNCTIONS: dict[str, list[str]] = _DATA["functions"]
_FUNCTION_PLACES: dict[str, dict[str, str]] = _DATA["function_places"]
_BARE_FUNCTIONS = frozenset({"财政", "公安", "民政", "教育", "商务", "税务", "审计", "统计"})  # 市财政 = 市财政局
# 发展改革部门, 交通运输主管部门: a department named by its function
_FUNCTION_DEPT = re.compile("^(?P<f>" + "|".join(sorted(map(re.escape, _FUNCTIONS), key=len, reverse=True))
                            + ")(?:(?:行政主管|主管|行政|管理)?部门|主管机构)$")
_NATIONAL: dict[str, str] = {}
_NATIONAL_SHORT: dict[str, str] = {}
for _e in _DATA["national"]:
    _NATIONAL[_e["name"]] = _e["name"]
    for _a in _e.get("aliases", ()):
        _NATIONAL[_a] = _e["name"]
    for _a in _e.get("short", ()):
        _NATIONAL_SHORT[_a] = _e["name"]
# the central bodies with their names in force over time (sources and dates in the file): a name as written
# (国务院法制办公室 in 2005, 国家药监局) is the body of that name, never its successor
_CENTRAL = json.loads(resources.files("policykg.loaders.gazetteers").joinpath("data/national_agencies.json").read_text("utf-8"))
for _e in sorted(_CENTRAL["bodies"], key=lambda e: e.get("until") is None):  # bodies in force win shared aliases
    _NATIONAL.setdefault(_e["name"], _e["name"])
    for _a in _e.get("aliases", ()):
        _NATIONAL[_a] = _e["name"]
    for _a in _e.get("short", ()):
        _NATIONAL_SHORT.setdefault(_a, _e["name"])
# every name of a central body as written (国家能源局, 住房城乡建设部, 财政部), longest first, for matching in prose
CENTRAL_NAMES: tuple[str, ...] = tuple(sorted((n for n in _NATIONAL if len(n) >= 3 and n != "国务院"), key=len, reverse=True))
_LOCAL: dict[str, list[tuple[str, str]]] = {}  # alias -> [(official, jurisdiction)]
for _e in _DATA["local"]:
    for _a in (_e["name"], *_e.get("aliases", ())):
        _LOCAL.setdefault(_a, []).append((_e["name"], _e.get("jurisdiction", "")))

_SUFFIXES = sorted(_DATA["suffixes"], key=len, reverse=True)
AGENCY_SUFFIX = re.compile("(?:" + "|".join(map(re.escape, _SUFFIXES)) + ")$")
# bodies that end like an agency but are not one
_NOT_AGENCY = re.compile(r"(?:部署|公司|协会|学会|商会|联盟|集团|银行|大学|学院|研究院|实验室|中心|平台|基地|园|街区|举办|开办|创办|主办|承办|督办|协办|包办|操办|兴办|代办|帮办|领办|交办|转办|立办"
                         r"|内部|外部|全部|局部|总部|本部|干部|各部|东部|西部|南部|北部|中部|头部|底部|俱乐部|布局|格局|大局|开局|结局|变局|僵局)$")
SELF_REFERENCES = frozenset({"我局", "本局", "我委", "本委", "我厅", "本厅", "我办", "本办", "我署", "我单位", "本单位", "我部", "本部门"})
_TIER_PREFIX = {"市": "市", "区": "区", "县": "县", "省": "省", "州": "州"}  # 州: an autonomous prefecture (州财政局)
_NOT_TIER = ("市场", "区块", "区域", "县域", "省级", "市级", "区级", "县级", "自治区级", "自治州级", "自治县级")
_PARTY = re.compile(r"^(自治区|市|区|县|省)委(.*)$")
_TOWNSHIPS = re.compile(r"^(?:各|相关|属地|各相关)?(?:街镇|(?:镇|街道|乡|乡镇)(?:[、和及](?:镇|街道|乡|乡镇))+)$|^(?:各|属地)(?:镇|街道|乡|乡镇|乡[(]镇[)])$")
_TOWNSHIP_BODY = {"镇": "镇人民政府", "乡": "乡人民政府", "乡镇": "乡镇人民政府", "街道": "街道办事处", "乡(镇)": "乡(镇)人民政府"}
# 镇人民政府(街道办事处), 乡镇政府, 街道办事处 named with no town: in a city's or district's text, every one of them
_TOWN = r"(?:乡镇|镇|乡|街道)(?:人民政府|政府|办事处)?"
_BARE_TOWNSHIPS = re.compile(rf"^{_TOWN}(?:(?:[(、和及]|以及){_TOWN}[)]?)*$")
# 市州发展改革部门, 县市区发展改革部门, 县级电力主管部门: the departments of every place of a tier, by function
_TIER_DEPARTMENTS = re.compile(r"^各?(?P<t>(?:市州|县市区|市县区|市县|县区|地市|市级|县级|区级)(?:、(?:市州|县市区|县区|县级))*)"
                               r"(?P<b>[\u4e00-\u9fff]{2,12}?(?:主管部门|管理部门|部门))$")
# 村(居)民委员会, 居(村)委会: the villagers' and residents' committees, every one of them
_STREET_OFFICE = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}?人民政府)?(?![各有相])[\u4e00-\u9fff]{2,6}街道办事处$")  # 古美路街道办事处: one street's office
_VILLAGE_COMMITTEES = re.compile(r"^各?(?P<a>[村居])[(](?P<b>[村居])[)](?:民委员会|委会)$")
_BANK = re.compile(r"^(?:中国)?(?:人民银行|人行)(.+)$")
# a policy bank's branch acting in a policy: 农发行安顺分行 is 中国农业发展银行安顺市分行
_POLICY_BANK = re.compile(r"^(?P<b>(?:中国)?农业发展银行|农发行|国家开发银行|国开行|(?:中国)?进出口银行|口行)"
                          r"(?P<p>[\u4e00-\u9fff]{2,9}?)(?P<t>分行|支行)$")
_POLICY_BANK_NAME = {"农": "中国农业发展银行", "国": "国家开发银行", "进": "中国进出口银行", "口": "中国进出口银行"}
# 区公安分局, 松江公安分局: a district's police is a branch of its city's bureau (上海市公安局松江分局)
_POLICE_BRANCH = re.compile(r"^(?P<p>区|[\u4e00-\u9fff]{2,5}?)公安分局$|^(?:区|市)?公安(?P<p2>[\u4e00-\u9fff]{2,5}?)分局$"
                            r"|^(?P<p3>区)公安(?:部门|机关|局)?$")  # 区公安、消防部门: the district's police branch
_COLLECTIVE = re.compile(r"^(?:各|县级以上(?=[\u4e00-\u9fff]{2})|(?:相关|有关)(?=[省市区县镇乡]))")  # 县级以上人民政府: all of them
_REGULATORS = {"银保监局": "中国银行保险监督管理委员会", "证监局": "中国证券监督管理委员会", "金融监管局": "国家金融监督管理总局",
               "保监局": "中国保险监督管理委员会", "银监局": "中国银行业监督管理委员会"}  # the last two until 2018
# 浙江银保监局, 深圳证监局, 浙江金融监管局: a bare short place name (no 省/市) before a national regulator's office
_REGULATOR = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(银保监局|证监局|金融监管局|保监局|银监局)$")
# development zones: 成都高新区管委会 -> 成都高新技术产业开发区管理委员会
_ZONE = re.compile(r"^(?P<p>[\u4e00-\u9fff]{2,8}?)(?P<z>国家高新区|高新区|经开区|经济开发区|经济技术开发区|高新技术产业开发区|保税区|综合保税区|工业区|工业园区|新城|新区|综合实验区|台商投资区)"
                   r"(?P<o>管委会|管理委员会)?$")
_ADMIN_ZONES = frozenset({"工业区", "工业园区", "新城", "新区"})  # 嘉定工业区, 菊园新区: run by a 管理委员会


def _is_zone(s: str, m: re.Match[str]) -> bool:
    """浦东新区 and 滨海新区 are districts with a government; 菊园新区 and 嘉定新城 are zones with a committee."""
    if m.group("z") not in _ADMIN_ZONES:
        return True
    info = place_info(s)
    return not (info.level == "district" and info.parents)


_ZONE_FULL = {"国家高新区": "国家高新技术产业开发区", "高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
_SPACE = re.compile(r"\s+")
# 区城市网格化综合管理中心, 市大数据中心: a public institution named with its tier belongs to that place
_TIER_INSTITUTION = re.compile(r"^(?!局|本局)(?:[\u4e00-\u9fff]{1,16}(?:有限公司|集团|指导单位)|[\u4e00-\u9fff]{2,16}中心)$"
                               r"|^[\u4e00-\u9fff]{2,24}(?:联席会议|领导小组|工作组|工作专班|推进组)(?:办公室|(?:其他)?成员单位|牵头单位)?$"
                               r"|^(?:[\u4e00-\u9fff]{2,16}(?:协会|学会|联合会|总会|商会)|红十字会)$")  # 市计划生育协会
_TRADE_DEPT = re.compile(r"^(?!.*(?:相关|有关|所述|各|与|及|和|上级|同级|本级|当地|属地|申请|是))[\u4e00-\u9fff]{2,10}(?<!行业)(?<!业务)主管部门$")  # 省…联席会议成员单位
_HOME_UNITS = frozenset({"办公室", "机关党委", "人事处", "财务处", "各处室", "各相关处室", "机关各处室"})
_HOME_PREFIX = re.compile(r"^(?:[省市区县]局|本局|局机关|局)([\u4e00-\u9fff]{2,12}(?:中心|处|室|所|院|单位|处室))$")
_DEPARTMENT = re.compile(r"(?:局|厅|委员会)$")
_TIERS_ONLY = re.compile(r"^各(?:设区的?市|[省市区县乡镇州盟])(?:[(][市区县州盟旗、]+[)]|[、][市区县州盟旗]|、(?:自治区|直辖市|计划单列市))*[市区县旗]?$")


def is_tier_collective(name: str) -> bool:
    """Whether ``name`` names places of a tier only (各区, 各市(州)、县(市、区)): their governments, collectively.

    >>> is_tier_collective("各市(州)、县(市、区)"), is_tier_collective("各区"), is_tier_collective("各地")
    (True, True, False)
    """
    return bool(_TIERS_ONLY.match(_clean(name)))
# a department (处, 室) of a body: 设施养护处, 市交通委(计划财务处)
_DIVISION_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:(?<!办事)(?<![查惩判之好难到住])处|(?<!实验|工作|活动|阅览|会议|展览|教研)室)$")
_DIVISION = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,20}?)[(](?P<div>[\u4e00-\u9fff]{2,10}(?:(?<!办事)处|(?<!实验|工作)室))[)]$"
                       r"|^(?P<body2>[省市区县][\u4e00-\u9fff]{1,10}?(?:局|委|办))(?P<div2>[\u4e00-\u9fff]{1,6}(?<!办事)[处科])$")  # 区经发局经信处
# provinces served by China Southern Power Grid, whose local companies are 供电局
_SOUTHERN_GRID = frozenset({"广东省", "广西壮族自治区", "云南省", "贵州省", "海南省"})
_UNIT_END = re.compile(r"(?:厅|室|司|局)$")
_UNIT = re.compile(r"[\u4e00-\u9fff]{0,12}(?:办公厅|办公室)|[\u4e00-\u9fff]{1,12}(?:司|局)")


@dataclass(frozen=True)
class Agency:
    """A resolved agency: its official name and the place it belongs to."""

    name: str
    place: str = ""


_SECOND_PLATE_END = re.compile(r"(?<=[局委办厅署])(?:[(][^()<>、,]{1,20}?(?:局|委|办|厅|署|委员会|办公室)[)]|[<〈][^()<>〈〉、,]{1,20}?"
                               r"(?:局|委|办|厅|署|委员会|办公室)[>〉])$")


@lru_cache(maxsize=16384)  # a document's unit names are cleaned again at every step of their resolution
def _clean(name: str) -> str:
    s = _SPACE.sub("", name).strip("“”\"'‘’《》")
    while s.startswith("(") and s.count("(") > s.count(")"):
        s = s[1:]
    while s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1]
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1]
    if s.endswith("等") and len(s) > 2:
        s = s[:-1]
    return _SECOND_PLATE_END.sub("", s)  # 市发展改革委(市粮食和物资储备局), 区财政局〈区金融办〉: one office, two plates


def expand_body(body: str, level: str = "city", region: tuple[str, ...] = ()) -> str:
    """The full form of an agency body (the name without its place).

    ``region`` names the places the body belongs to (its province first): a few
    bodies have a regional official name (上海's 城管执法局 is 城市管理行政执法局).

    >>> expand_body("工信局"), expand_body("人力资源保障局"), expand_body("金融局", "district")
    ('工业和信息化局', '人力资源和社会保障局', '金融工作局')
    >>> expand_body("市场监管局"), expand_body("发展改革委"), expand_body("城管执法局", "district", ("上海市",))
    ('市场监督管理局', '发展和改革委员会', '城市管理行政执法局')
    """
    hit = _BODIES.get(body)
    if isinstance(hit, dict):
        for place in reversed(region):  # 上海市/district: the name the districts of 上海市 give the body (the
            # most specific place first: 青浦区 names its own 房屋管理局)
            if f"{place}/{level}" in hit:
                return hit[f"{place}/{level}"]
            if place in hit:
                return hit[place]
        return hit.get(level) or hit.get("city") or body
    if hit:
        return hit
    m = _FUNCTION_DEPT.match(body)
    if m and level in ("province", "city", "district", "county"):  # 发展改革部门 in a province's text: its 委
        if level == "province" and region and region[-1] in MUNICIPALITIES:
            level = "city"  # 上海市规划管理部门: a municipality's bureaus are 局, not a province's 厅
        forms = _FUNCTIONS[m.group("f")]
        own = _FUNCTION_PLACES.get(region[-1] if region else "", {}).get(m.group("f"))
        if own and level == "city":
            return own  # 市交通管理部门 in 上海: 上海市交通委员会
        if level in ("district", "county") and region and region[0] in MUNICIPALITIES and len(forms) > 3:
            return forms[3]  # 区消防部门 in 上海: a municipality's district has a city's 支队
        return forms[("province", "city").index(level) if level in ("province", "city") else 2]
    if body.startswith("政府") and len(body) > 3 and "奖" not in body[2:6]:  # 省政府金融办: an office of the government (not 政府质量奖…)
        inner = expand_body(body[2:], level, region)
        return inner if inner.startswith("人民政府") else "人民政府" + inner
    out = body
    for pat, rep in _EXPANSIONS:
        out = pat.sub(rep, out)
    if "地方金融监督管理" not in out:
        out = out.replace("金融监督管理局", "地方金融监督管理局")
    return out


def _agency_like(body: str) -> bool:  # 会展业主管部门: the department in charge of a trade, named by it
    return bool(body) and (body in _BODIES or _FUNCTION_DEPT.match(body) is not None or _TRADE_DEPT.match(body) is not None
                           or (AGENCY_SUFFIX.search(body) is not None and not _NOT_AGENCY.search(body)))


def is_function_word(name: str) -> bool:
    """Whether ``name`` (its tier aside) names a government function that a list's 部门 makes a department:
    商务 and 省发展改革 in 省发展改革、商务等相关部门.

    >>> is_function_word("省发展改革"), is_function_word("国资"), is_function_word("商务局")
    (True, True, False)
    """
    s = _clean(name)
    tier = _tier_split(s)
    return (tier[1] if tier else s) in _FUNCTIONS


def lookup(name: str, jurisdiction: Jurisdiction | None = None) -> str | None:
    """The official name of a gazetteer agency, or None when the gazetteer does not list it.

    >>> lookup("工信部"), lookup("苏州工业园区", Jurisdiction("苏州市", "city")), lookup("苏州工业园区") is None
    ('工业和信息化部', '苏州工业园区管理委员会', False)
    """
    s = _clean(name)
    scopes = set()
    if jurisdiction is not None:
        scopes = {jurisdiction.name, *jurisdiction.parents}
    for official, scope in _LOCAL.get(s, ()):
        if not scope or scope in scopes or jurisdiction is None:
            return official
    if s in _NATIONAL:
        return _NATIONAL[s]
    if jurisdiction is not None and jurisdiction.level == "national" and s in _NATIONAL_SHORT:
        return _NATIONAL_SHORT[s]
    return _internal_unit(s)


@lru_cache(maxsize=4096)
def _internal_unit(s: str) -> str | None:
    """农业农村部办公厅, 工业和信息化部中小企业局, 财政部经济建设司: a national body's own department.

    A unit that names a place (国家税务总局深圳市税务局) is a local branch, not a department.
    """
    if not _UNIT_END.search(s) or len(s) > 30:
        return None
    for k in range(len(s) - 2, 1, -1):
        parent, unit = s[:k], s[k:]
        if parent in _NATIONAL and _UNIT.fullmatch(unit) and not leading_place(unit) and not short_place_prefix(unit):
            return _NATIONAL[parent] + unit
    return None


_NOT_A_NAME = re.compile(r"^(?:您|你|他们|她们|在|于|向|从|对于|关于)")  # 您在区政协第五届委员会…: a clause, no name


@lru_cache(maxsize=8192)
def is_agency(name: str) -> bool:
    """Whether a name reads as a government agency (not a company, association or platform).

    >>> [is_agency(n) for n in ("市工信局", "福田区", "深圳市中小企业服务协会", "我局", "工业和信息化部", "您在区政协委员会")]
    [True, True, False, True, True, False]
    """
    s = _clean(name)
    if not s or _NOT_A_NAME.match(s):
        return False
    if s in SELF_REFERENCES or lookup(s) is not None or s in _NATIONAL_SHORT or s[:3] == "国务院" and _agency_like(s[3:]):
        return True
    if _TIER_DEPARTMENTS.match(s):
        return True  # 市州发展改革部门: a collective of a tier's departments
    if _BARE_TOWNSHIPS.match(s) and s.endswith(("人民政府", "政府", "办事处", ")")) or _VILLAGE_COMMITTEES.match(s) \
            or _STREET_OFFICE.match(s):
        return True  # 镇人民政府(街道办事处), 村(居)民委员会
    if _COLLECTIVE.match(s):
        return s.endswith(("人民政府", "政府", "管委会", "管理委员会")) or "政府" in s and _agency_like(s.rsplit("政府", 1)[1])
    if _BANK.match(s) or s.endswith("供电局") or _regulator(s) or _POLICY_BANK.match(s):
        return True
    m = _ZONE.match(s)
    if m and _is_zone(s, m) and (s.endswith(("管委会", "管理委员会")) or short_place_prefix(s) or m.group("z") in _ADMIN_ZONES):
        return True
    m = _PARTY.match(s)
    if m:
        return not m.group(2) or _agency_like(m.group(2))
    tier = _tier_split(s)
    if tier:
        return _agency_like(tier[1])
    place = leading_place(s)
    if place:
        rest = s[len(place):]
        return not rest or _agency_like(rest) or bool(_STREET_OFFICE.match(rest))
    return _agency_like(s) and len(s) >= 3


def _tier_split(s: str) -> tuple[str, str] | None:
    """(tier, body) of a name written with its level instead of its place: 市工信局, 自治区发展改革委.

    >>> _tier_split("自治区工业和信息化厅"), _tier_split("市场监管局")
    (('自治区', '工业和信息化厅'), None)
    """
    if s.startswith(_NOT_TIER):
        return None
    if s.startswith(("自治区", "自治州", "自治县", "自治旗")) and len(s) > 3:
        return s[:3], s[3:]  # 自治县人民政府 in a 景宁畲族自治县 text: the county's own
    if s[0] in _TIER_PREFIX and len(s) > 1:  # 市财政 (由市财政落实…): the department of a function named alone
        return s[0], s[1:] + "部门" if s[1:] in _BARE_FUNCTIONS else s[1:]
    return None


def _regulator(s: str) -> re.Match[str] | None:
    """浙江银保监局 / 深圳证监局 / 浙江金融监管局: a national regulator's office, named by a bare short place."""
    m = _REGULATOR.match(s)
    if m and (m.group(2) != "金融监管局" or short_place_prefix(m.group(1))):
        return m
    return None


def is_bare_body(name: str) -> bool:
    """Whether a name is an agency body without any place (财政局), so a list's shared prefix applies.

    >>> is_bare_body("财政局"), is_bare_body("市财政局"), is_bare_body("人民银行深圳市中心支行"), is_bare_body("市场监管局")
    (True, False, False, True)
    """
    s = _clean(name)
    if not s or s in SELF_REFERENCES or lookup(s) is not None or _BANK.match(s) or _POLICY_BANK.match(s) or s.endswith(("供电局", "海关", "海事局", "边检站")) and len(s) >= 4:
        return False
    if re.match(r"^团[省市区县]委$|^共青团", s):
        return False  # 团区委: the Youth League's committee names its own tier
    if _tier_split(s) or s.startswith(("各", "国家", "中国", "中共", "国务院", "自治区")) or leading_place(s):
        return False  # 市财政局 has its tier; 市场监管局 does not (市场 is a word, not 市)
    if short_place_prefix(s) or _regulator(s) or _ZONE.match(s) or _COLLECTIVE.match(s):
        return False  # 浙江银保监局, 东湖高新区管委会: a place is written, only without its suffix
    if _VILLAGE_COMMITTEES.match(s) or _BARE_TOWNSHIPS.match(s):
        return False  # 区民政部门以及村(居)民委员会: the villages' committees are not the district's
    return (len(s) <= 12 or _FUNCTION_DEPT.match(s) is not None) and _agency_like(s)  # 人力资源和社会保障行政部门


def body_of_doc_number(doc_number: str | None, jurisdiction: Jurisdiction | None = None) -> str | None:
    """The organ a 文号 names, when its prefix is a place and a body: 苏市监〔2022〕1号 → 江苏省市场监督管理局.

    >>> body_of_doc_number("苏市监〔2022〕1号"), body_of_doc_number("粤发改能源〔2021〕3号"), body_of_doc_number("国发〔2024〕12号")
    ('江苏省市场监督管理局', '广东省发展和改革委员会', None)
    """
    m = re.match(r"^([\u4e00-\u9fff]{2,10})[〔\[(【]", doc_number or "")
    if not m:
        return None
    prefix = m.group(1)
    place = doc_number_place(prefix)
    if not place or place == NATIONAL or place_info(place).level not in ("province", "city"):
        return None
    info = place_info(place)
    abbr = prefix[1:] if info.level == "province" else prefix
    tails = ("厅", "委", "局", "办", "") if info.level == "province" else ("局", "委", "办", "厅", "")
    for k in range(len(abbr), 1, -1):
        for tail in tails:
            body = abbr[:k] + tail
            if body in _BODIES:
                return place + expand_body(body, info.level, (*info.parents, place))
    return None


_TIER_LEVEL = re.compile(r"^(省|市|区|县)级(?!以上|以下|及|各|有关|相关)(?=[\u4e00-\u9fff]{2,})")
#: the tiers a text names its own bodies and its districts' bodies by (县级X in a province's text is a collective)
_OWN_TIERS = {"province": ("省",), "city": ("市", "区", "县"), "district": ("区",), "county": ("县",)}


def without_own_tier(name: str, level: str) -> str:
    """``市级民政部门`` as ``市民政部门`` where the tier is the text's own or its districts' (not 县级X in a province's).

    >>> without_own_tier("市级民政部门", "city"), without_own_tier("县级发展改革部门", "province")
    ('市民政部门', '县级发展改革部门')
    """
    tier = _TIER_LEVEL.match(name)
    return name[:1] + name[2:] if tier and tier.group(1) in _OWN_TIERS.get(level, ()) else name


def join_place(place: str, body: str) -> str:
    """A place's body by its full name: 浙江省 + 财政厅; 税务局 is the national administration's bureau there."""
    info = place_info(innermost(place))
    full = expand_body(body, info.level, (*info.parents, innermost(place)))
    if full != "税务局":
        return place + full
    if info.level == "district" and place.endswith("区") and innermost(place) == place:
        city = next((p for p in reversed(info.parents) if p.endswith("市")), "")
        place = city + place if city != place else place  # 国家税务总局白银市平川区税务局: a district's, with its city
    return f"国家税务总局{place}税务局"
expand_body, _agency_like, lookup, _tier_split, is_bare_body, join_place = (  # pure functions of their strings:
    lru_cache(maxsize=8192)(f) for f in (expand_body, _agency_like, lookup, _tier_split, is_bare_body, join_place))  # names recur
