"""Agency names: from the form a document writes to the full official name.

A document writes 市工信局; the graph wants 苏州市工业和信息化局.  The
:class:`AgencyResolver` of a document knows its jurisdiction (and issuer, for
我局) and resolves names by, in order: self-references, the curated gazetteer
(``data/agencies.json``: national bodies, local bodies that no rule can build;
a national body's own departments such as 农业农村部办公厅 are national too),
collective units (各市、区人民政府; a bare 政府 there is 人民政府), rules for the
central bank's branches, national regulators' offices (浙江银保监局), development
zones (成都高新区管委会), tax bureaus and power-supply companies, then the general
rule *place prefix + body*, where 市/区/县/省 (and 自治区 in a region's own
texts) stand for the document's own city/district/county/province and the body
is expanded from its usual abbreviation (工信局 -> 工业和信息化局).

Examples
--------
>>> from policykg.schema.models import Jurisdiction
>>> r = AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",)))
>>> r.normalize("市工信局"), r.normalize("市金融监管局"), r.normalize("市人才办")
('苏州市工业和信息化局', '苏州市地方金融监督管理局', '苏州市人才工作领导小组办公室')
>>> r.normalize("各市、区人民政府"), r.normalize("苏州高新区管委会")
('苏州市各市、区人民政府', '苏州国家高新技术产业开发区管理委员会')
>>> f = AgencyResolver(Jurisdiction("福田区", "district", ("广东省", "深圳市")), issuer=("福田区科技创新局",))
>>> f.normalize("区金融局"), f.normalize("我局"), f.normalize("市发展改革委")
('福田区金融工作局', '福田区科技创新局', '深圳市发展和改革委员会')
>>> is_agency("市场监管局"), is_agency("区块链研究院")
(True, False)
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.loaders.places import NATIONAL, doc_number_place, innermost, leading_place, place_info, short_place_prefix
from policykg.schema.models import Jurisdiction, Responsibility

__all__ = ["AgencyResolver", "Agency", "is_agency", "is_bare_body", "lookup", "expand_body", "AGENCY_SUFFIX",
           "SELF_REFERENCES", "CENTRAL_NAMES", "is_tier_collective", "is_function_word"]

log = logging.getLogger(__name__)

_DATA = json.loads(resources.files("policykg.loaders").joinpath("data/agencies.json").read_text("utf-8"))
_BODIES: dict[str, str | dict[str, str]] = _DATA["bodies"]
_EXPANSIONS = [(re.compile(a), b) for a, b in _DATA["expansions"]]
_FUNCTIONS: dict[str, list[str]] = _DATA["functions"]
# 发展改革部门, 交通运输主管部门: a department named by its function
_FUNCTION_DEPT = re.compile("^(?P<f>" + "|".join(sorted(map(re.escape, _FUNCTIONS), key=len, reverse=True))
                            + ")(?:行政主管|主管|行政)?部门$")
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
_CENTRAL = json.loads(resources.files("policykg.loaders").joinpath("data/national_agencies.json").read_text("utf-8"))
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
_NOT_AGENCY = re.compile(r"(?:公司|协会|学会|商会|联盟|集团|银行|大学|学院|研究院|实验室|中心|平台|基地|园|街区|举办|开办|创办|主办|承办"
                         r"|内部|外部|全部|局部|总部|本部|干部|各部|东部|西部|南部|北部|中部|头部|底部|俱乐部)$")
SELF_REFERENCES = frozenset({"我局", "本局", "我委", "本委", "我厅", "本厅", "我办", "本办", "我署", "我单位", "本单位", "我部", "本部门"})
_TIER_PREFIX = {"市": "市", "区": "区", "县": "县", "省": "省"}
_NOT_TIER = ("市场", "区块", "区域", "县域", "省级", "市级", "区级", "县级", "自治区级")
_PARTY = re.compile(r"^(自治区|市|区|县|省)委(.*)$")
_TOWNSHIPS = re.compile(r"^各(?:街镇|(?:镇|街道|乡|乡镇)(?:[、和及](?:镇|街道|乡|乡镇))*)$")
_TOWNSHIP_BODY = {"镇": "镇人民政府", "乡": "乡人民政府", "乡镇": "乡镇人民政府", "街道": "街道办事处"}
_BANK = re.compile(r"^(?:中国)?(?:人民银行|人行)(.+)$")
# a policy bank's branch acting in a policy: 农发行安顺分行 is 中国农业发展银行安顺市分行
_POLICY_BANK = re.compile(r"^(?P<b>(?:中国)?农业发展银行|农发行|国家开发银行|国开行|(?:中国)?进出口银行|口行)"
                          r"(?P<p>[\u4e00-\u9fff]{2,9}?)(?P<t>分行|支行)$")
_POLICY_BANK_NAME = {"农": "中国农业发展银行", "国": "国家开发银行", "进": "中国进出口银行", "口": "中国进出口银行"}
# 区公安分局, 松江公安分局: a district's police is a branch of its city's bureau (上海市公安局松江分局)
_POLICE_BRANCH = re.compile(r"^(?P<p>区|[\u4e00-\u9fff]{2,5}?)公安分局$")
_COLLECTIVE = re.compile(r"^(?:各|(?:相关|有关)(?=[省市区县镇乡]))")
_REGULATORS = {"银保监局": "中国银行保险监督管理委员会", "证监局": "中国证券监督管理委员会", "金融监管局": "国家金融监督管理总局"}
# 浙江银保监局, 深圳证监局, 浙江金融监管局: a bare short place name (no 省/市) before a national regulator's office
_REGULATOR = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(银保监局|证监局|金融监管局)$")
# development zones: 成都高新区管委会 -> 成都高新技术产业开发区管理委员会
_ZONE = re.compile(r"^(?P<p>[\u4e00-\u9fff]{2,8}?)(?P<z>国家高新区|高新区|经开区|经济开发区|经济技术开发区|高新技术产业开发区|保税区|综合保税区|工业区|工业园区|新城|新区)"
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
_TIER_INSTITUTION = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:管理中心|服务中心|事务中心|发展中心|数据中心|指挥中心|监测中心|检验中心|检测中心)$")
_HOME_UNITS = frozenset({"办公室", "机关党委", "人事处", "财务处", "各处室", "各相关处室", "机关各处室"})
_HOME_PREFIX = re.compile(r"^(?:[省市区县]局|本局|局机关|局)([\u4e00-\u9fff]{2,12}(?:中心|处|室|所|院|单位|处室))$")
_DEPARTMENT = re.compile(r"(?:局|厅|委员会)$")
_TIERS_ONLY = re.compile(r"^各[省市区县乡镇州盟](?:[(][市区县州盟旗、]+[)]|[、][市区县州盟旗])*[市区县旗]?$")


def is_tier_collective(name: str) -> bool:
    """Whether ``name`` names places of a tier only (各区, 各市(州)、县(市、区)): their governments, collectively.

    >>> is_tier_collective("各市(州)、县(市、区)"), is_tier_collective("各区"), is_tier_collective("各地")
    (True, True, False)
    """
    return bool(_TIERS_ONLY.match(_clean(name)))
# a department (处, 室) of a body: 设施养护处, 市交通委(计划财务处)
_DIVISION_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:(?<!办事)处|(?<!实验|工作|活动|阅览|会议|展览|教研)室)$")
_DIVISION = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,20}?)[(](?P<div>[\u4e00-\u9fff]{2,10}(?:(?<!办事)处|(?<!实验|工作)室))[)]$")
# provinces served by China Southern Power Grid, whose local companies are 供电局
_SOUTHERN_GRID = frozenset({"广东省", "广西壮族自治区", "云南省", "贵州省", "海南省"})
_UNIT_END = re.compile(r"(?:厅|室|司|局)$")
_UNIT = re.compile(r"[\u4e00-\u9fff]{0,12}(?:办公厅|办公室)|[\u4e00-\u9fff]{1,12}(?:司|局)")


@dataclass(frozen=True)
class Agency:
    """A resolved agency: its official name and the place it belongs to."""

    name: str
    place: str = ""


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
    return s


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
        for place in region:  # 上海市/district: the name the districts of 上海市 give the body
            if f"{place}/{level}" in hit:
                return hit[f"{place}/{level}"]
            if place in hit:
                return hit[place]
        return hit.get(level) or hit.get("city") or body
    if hit:
        return hit
    m = _FUNCTION_DEPT.match(body)
    if m and level in ("province", "city", "district", "county"):  # 发展改革部门 in a province's text: its 委
        return _FUNCTIONS[m.group("f")][("province", "city").index(level) if level in ("province", "city") else 2]
    if body.startswith("政府") and len(body) > 3:  # 省政府金融办: an office of the government
        return "人民政府" + expand_body(body[2:], level, region)
    out = body
    for pat, rep in _EXPANSIONS:
        out = pat.sub(rep, out)
    if "地方金融监督管理" not in out:
        out = out.replace("金融监督管理局", "地方金融监督管理局")
    return out


def _agency_like(body: str) -> bool:
    return bool(body) and (body in _BODIES or _FUNCTION_DEPT.match(body) is not None
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


@lru_cache(maxsize=8192)
def is_agency(name: str) -> bool:
    """Whether a name reads as a government agency (not a company, association or platform).

    >>> [is_agency(n) for n in ("市工信局", "福田区", "深圳市中小企业服务协会", "我局", "工业和信息化部")]
    [True, True, False, True, True]
    """
    s = _clean(name)
    if not s:
        return False
    if s in SELF_REFERENCES or lookup(s) is not None or s in _NATIONAL_SHORT:
        return True
    if _COLLECTIVE.match(s):
        return s.endswith(("人民政府", "政府", "管委会", "管理委员会"))
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
        return not rest or _agency_like(rest)
    return _agency_like(s) and len(s) >= 3


def _tier_split(s: str) -> tuple[str, str] | None:
    """(tier, body) of a name written with its level instead of its place: 市工信局, 自治区发展改革委.

    >>> _tier_split("自治区工业和信息化厅"), _tier_split("市场监管局")
    (('自治区', '工业和信息化厅'), None)
    """
    if s.startswith(_NOT_TIER):
        return None
    if s.startswith("自治区") and len(s) > 3:
        return "自治区", s[3:]
    if s[0] in _TIER_PREFIX and len(s) > 1:
        return s[0], s[1:]
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
    if not s or s in SELF_REFERENCES or lookup(s) is not None or _BANK.match(s) or _POLICY_BANK.match(s) or s.endswith("供电局"):
        return False
    if _tier_split(s) or s.startswith(("各", "国家", "中国", "中共", "国务院", "自治区")) or leading_place(s):
        return False  # 市财政局 has its tier; 市场监管局 does not (市场 is a word, not 市)
    if short_place_prefix(s) or _regulator(s) or _ZONE.match(s) or _COLLECTIVE.match(s):
        return False  # 浙江银保监局, 东湖高新区管委会: a place is written, only without its suffix
    return len(s) <= 12 and _agency_like(s)


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


class AgencyResolver:
    """Resolves the agency names of one document against its jurisdiction.

    Parameters
    ----------
    jurisdiction : Jurisdiction
        The document's jurisdiction; 市/区/县/省 prefixes resolve against it and its parents.
    issuer : tuple of str
        The document's issuers; 我局 and the like resolve to the first.
    """

    def __init__(self, jurisdiction: Jurisdiction, issuer: tuple[str, ...] = (), doc_number: str | None = None) -> None:
        self.jurisdiction = jurisdiction
        self.issuer = tuple(issuer)
        self._seen: dict[str, Responsibility] = {}
        self._cache: dict[str, str] = {}
        self._home: str | None = None
        self._defined: dict[str, str] = {}
        for name in self.issuer:
            self.normalize(name)
        self._home = (self.normalize(self.issuer[0]) if len(self.issuer) == 1
                      else body_of_doc_number(doc_number, jurisdiction) if doc_number else None)

    @property
    def home(self) -> str | None:
        """The one body that issues the document (its issuer, or the organ its 文号 names): its own
        divisions (法规处, 办公室) and 我局 belong to it."""
        return self._home

    # -- places ---------------------------------------------------------------
    def _tier_place(self, tier: str) -> str | None:
        """The document's place that a 市/区/县/省 prefix stands for."""
        j = self.jurisdiction
        chain = (*j.parents, j.name) if j.name else j.parents
        if tier == "自治区":  # only the region's own documents say 自治区X厅 for certain (conservative)
            return j.name if j.name.endswith("自治区") else None
        ends = {"市": ("市",), "区": ("区",), "县": ("县", "旗"), "省": ("省", "自治区")}[tier]
        for place in reversed(chain):
            if place.endswith(ends) and place != NATIONAL:
                return place
        if tier == "省":
            for place in reversed(chain):
                if place_info(place).level == "province":
                    return place
        return None

    def _police_branch(self, written: str) -> str | None:
        """区公安分局 in a 松江区 text, 松江公安分局: 上海市公安局松江分局 (the city's bureau, then the district)."""
        district = self._tier_place("区") if written == "区" else None
        if district is None and written != "区":
            district = next((p for p in (written, written + "区", written + "新区")
                             if place_info(p).level == "district" and place_info(p).parents), None)
        if not district:
            return None
        city = next((p for p in reversed(place_info(district).parents) if p.endswith("市")), None)
        if not city or city == district:
            return None
        short = district[:-2] if district.endswith("新区") else district[:-1]
        return f"{city}公安局{short}分局"

    def _with_city(self, district: str) -> str:
        """A district or county with its city in front: 福田区 -> 深圳市福田区."""
        info = place_info(district)
        city = next((p for p in reversed(info.parents) if p.endswith("市")), None)
        if city is None:
            city = self._tier_place("市")
            if city == district:
                city = None
        return (city or "") + district

    # -- resolution -----------------------------------------------------------
    def _resolve(self, s: str) -> str:
        if s in self._defined:
            full = _clean(self._defined[s])
            tier = _tier_split(full)
            if tier and not _agency_like(tier[1]) and self._tier_place(tier[0]):  # 省融资担保股份有限公司
                return self._tier_place(tier[0]) + tier[1]
            return self._resolve(full) if full not in self._defined else full
        if s in SELF_REFERENCES:
            return self.issuer[0] if self.issuer else s
        hit = lookup(s, self.jurisdiction)
        if hit:
            return hit
        m = re.match(r"^(省|市|区|县)(?:人民)?政府(各[\u4e00-\u9fff]{1,8})$", s)
        if m and self._tier_place(m.group(1)):  # 省政府各部门: the departments of the province's government
            return f"{self._tier_place(m.group(1))}人民政府{m.group(2)}"
        if _TOWNSHIPS.match(s):  # 各镇、街道, 各街镇: the governments of the towns and the street offices
            parts = ["街道", "镇"] if s == "各街镇" else re.split(r"[、和及]", s[1:])
            s = "各" + "、".join(_TOWNSHIP_BODY[p] for p in parts)
        if _COLLECTIVE.match(s):
            here = self.jurisdiction.name
            if s.endswith("政府") and not s.endswith("人民政府"):
                s = s[:-2] + "人民政府"  # 各区(市)县政府: governments are 人民政府 in their official names
            elif _TIERS_ONLY.match(s):
                s += "人民政府"  # 各区, 各县(市、区): the governments of those places
            return s if not here or here == NATIONAL or s.startswith(here) else here + s
        m = _BANK.match(s)
        if m:
            return "中国人民银行" + m.group(1)
        m = _POLICY_BANK.match(s)
        if m:
            bank = _POLICY_BANK_NAME[m.group("b").removeprefix("中国")[0]]
            place = m.group("p")
            if not place.endswith(("省", "市", "区", "县", "自治区")):
                place = next((p for p in (place + "市", place + "省") if place_info(p).level != "unknown"), place)
            return f"{bank}{place}{m.group('t')}"
        m = _POLICE_BRANCH.match(s)
        if m:
            branch = self._police_branch(m.group("p"))
            if branch:
                return branch
        if s.endswith("供电局"):
            return s + "有限公司"
        if s in ("供电公司", "市供电公司", "县供电公司", "区供电公司"):
            return self._power_company(s)
        if s in ("省电力公司", "国网省电力公司", "市电力公司", "国网市电力公司"):
            return self._grid_company(s)
        m = _regulator(s)
        if m:
            return f"{_REGULATORS[m.group(2)]}{m.group(1)}监管局"
        m = _ZONE.match(s)
        if m and _is_zone(s, m) and (m.group("o") or short_place_prefix(s) or m.group("z") in _ADMIN_ZONES):
            zone = m.group("p") + _ZONE_FULL.get(m.group("z"), m.group("z"))
            return zone + "管理委员会"
        m = _PARTY.match(s)
        if m:
            place = self._tier_place(m.group(1))
            if place:
                body = m.group(2)
                level = place_info(place).level
                return f"中共{place}委" + (expand_body(body, level) if body else "员会")
            return s
        tier = _tier_split(s)
        if tier and (_agency_like(tier[1]) or _TIER_INSTITUTION.search(tier[1])):
            place = self._tier_place(tier[0])
            if place:
                return self._join(place, tier[1])
            return s if tier[0] == "自治区" else tier[0] + expand_body(tier[1])
        places = leading_place(s)
        if places:
            rest = s[len(places):]
            inner = innermost(places)
            if not rest:
                info = place_info(inner)
                if info.level in ("district", "county") and inner != self.jurisdiction.name:
                    return self._with_city(inner) + "人民政府"
                return places + "人民政府" if info.level != "unknown" else s
            if rest in ("管委会", "管理委员会") and places == inner:  # 深汕特别合作区管委会: a zone the gazetteer knows
                return self._with_city(inner) + "管理委员会"
            if _agency_like(rest):
                return self._join(places, rest)
            return s
        if self.jurisdiction.level == "national" and s in _NATIONAL_SHORT:
            return _NATIONAL_SHORT[s]
        m = _DIVISION.match(s)
        if m:  # 市交通委(计划财务处): a department of a named body
            return self._resolve(m.group("body")) + m.group("div")
        if self._home and (_DIVISION_ONLY.match(s) or s in _HOME_UNITS):
            return self._home + s  # 设施养护处 in a 交通委 plan: one of the issuing body's own divisions
        m = _HOME_PREFIX.match(s)
        if m and self._home:  # 省局信息中心, 局机关各处室: the issuing bureau's own units
            return self._home + m.group(1)
        if (self._home and _DEPARTMENT.search(self._home) and s.endswith("局") and s not in _BODIES
                and is_bare_body(s) and expand_body(s) == s):
            return self._home + s  # 执法稽查局 in a 市场监管局 plan: a bureau inside the issuing department
        level = self.jurisdiction.level
        if is_bare_body(s) and (level in ("province", "city", "district", "county") if _FUNCTION_DEPT.match(s)
                                else level == "province" if s.endswith("厅") else level in ("city", "district", "county")):
            return self._join(self.jurisdiction.name, s)  # 财政厅 in a province's text, 房屋管理局 in a district's: its own
        return expand_body(s, level) if _agency_like(s) else s

    def _power_company(self, s: str) -> str:
        """供电公司 in a city's text: the State Grid company of that city or county (国网合肥供电公司)."""
        j = self.jurisdiction
        chain = (*j.parents, j.name)
        if any(p in _SOUTHERN_GRID for p in chain):
            return s  # 南方电网 areas name theirs 供电局
        tier = "县" if s.startswith("县") else "区" if s.startswith("区") else "市"
        place = self._tier_place(tier) or self._tier_place("市")
        if not place or place == NATIONAL or place_info(place).level == "province":
            return s
        return "国网" + re.sub(r"(?:市|县|区)$", "", place) + "供电公司"

    def _grid_company(self, s: str) -> str:
        """省电力公司 in a province's text (国网市电力公司 in a municipality's): State Grid's company there,
        国网辽宁省电力有限公司, 国网重庆市电力公司 (南方电网 areas name theirs otherwise)."""
        place = self._tier_place("省" if "省" in s else "市")
        if not place or place == NATIONAL or place in _SOUTHERN_GRID:
            return s
        if place_info(place).level != "province":
            return s  # a city's 市电力公司 is no State Grid company name
        return f"国网{place}电力{'有限' if place.endswith(('省', '自治区')) else ''}公司"

    @staticmethod
    def _join(place: str, body: str) -> str:
        info = place_info(innermost(place))
        full = expand_body(body, info.level, (*info.parents, innermost(place)))
        if full == "税务局":
            return f"国家税务总局{place}税务局"
        return place + full

    def normalize(self, name: str) -> str:
        """The full official name of ``name`` in this document.

        Parameters
        ----------
        name : str
            The name as written (市工信局, 我局, 福田区 ...).

        Returns
        -------
        str
            The official name, or the cleaned name itself when no rule applies
            (nothing is invented for an unknown body).
        """
        s = _clean(name)
        if not s:
            return name
        out = self._cache.get(s)
        if out is None:
            out = self._resolve(s)
            self._cache[s] = out
            log.debug("agency %s -> %s", s, out)
        if out not in self._seen:
            self._seen[out] = Responsibility(s, out)
        return out

    def define(self, short: str, full: str) -> None:
        """Let ``short`` stand for ``full`` in this document (``full(以下简称“short”)``)."""
        self._defined[_clean(short)] = full
        self._cache.pop(_clean(short), None)

    def is_agency(self, name: str) -> bool:
        """Whether ``name`` reads as a government agency (see :func:`is_agency`), the issuing body's
        own divisions (法规处, 省局信息中心) included when the document has one issuing body, or a
        short name the document defines for a unit."""
        if is_agency(name):
            return True
        s = _clean(name)
        if s in self._defined:
            return True
        return bool(self._home) and bool(_DIVISION_ONLY.match(s) or s in _HOME_UNITS or _HOME_PREFIX.match(s))

    def seen(self) -> tuple[Responsibility, ...]:
        """Every agency normalised in this document so far, issuer included, first mention first."""
        return tuple(self._seen.values())
