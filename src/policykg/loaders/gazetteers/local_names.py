"""Local bodies named short: collectives (各区、县…部门), a city's bureau in a district (盐都生态环境局), a city
bureau's branch named by its tier (区自然资源和规划分局), a city district's party organ (中共福田区委组织部)."""
from __future__ import annotations

import re
from functools import lru_cache

from policykg.loaders.gazetteers.agency_names import (
    _FUNCTION_DEPT,
    _TIERS_ONLY,
    expand_body,
    is_agency,
    is_function_word,
    without_own_tier,
)
from policykg.loaders.gazetteers.ministries import national_form, regulation_body
from policykg.loaders.gazetteers.places import innermost, leading_place, place_info, short_place_prefix
from policykg.schema.models import Jurisdiction

__all__ = ["ZONE_KINDS", "by_short_name", "party_with_city", "collective_name", "same_body", "full_names_in", "as_written", "tier_collective", "own_form", "fund_centre", "judicial",
           "work_department"]


def _city_of(parents: tuple[str, ...]) -> str | None:
    """The city among a place's parents (the innermost 市), if any."""
    return next((p for p in reversed(parents) if p.endswith("市")), None)


_CITY_BRANCH = re.compile(r"^[区县](自然资源和规划|规划和自然资源|自然资源|生态环境)分局$")


_CCPIT = re.compile(r"^([省市区县])?贸促会$")


def by_short_name(name: str, place: Jurisdiction) -> str:
    """A city's bureau in a district, named by the district's short name (盐都生态环境局, 区盐都公安分局): the
    tier a list lent it is dropped, and a bureau is the city's.

    >>> yandu = Jurisdiction("盐都区", "district", ("江苏省", "盐城市"))
    >>> by_short_name("盐都生态环境局", yandu), by_short_name("区盐都公安分局", yandu), by_short_name("区财政局", yandu)
    ('盐城市盐都生态环境局', '盐都公安分局', '区财政局')
    >>> by_short_name("区自然资源和规划分局", yandu)  # a city bureau's branch, named by its tier
    '盐城市自然资源和规划局盐都分局'
    >>> by_short_name("市贸促会", yandu), by_short_name("盐城邮政管理局", yandu)
    ('中国国际贸易促进委员会盐城市委员会', '盐城市邮政管理局')
    """
    fund = fund_centre(name)
    if fund:  # 沈阳公积金中心: a city's housing fund centre is named by the city's short name
        return fund
    m = _CCPIT.match(name)
    if m:  # 市贸促会: the CCPIT's committee of the place (中国国际贸易促进委员会重庆市委员会)
        where = next((p for p in (*place.parents, place.name)[::-1] if p.endswith(m.group(1) or p[-1])), place.name)
        return f"中国国际贸易促进委员会{where}委员会" if where and where != "全国" else name
    for full in (place.name, *place.parents):  # 重庆邮政管理局 in a 重庆 text: the place named short
        short = full[:-1] if full.endswith(("省", "市")) and len(full) >= 3 else ""
        if short and name.startswith(short) and not name.startswith(full) and name.endswith("管理局"):
            return full + name[len(short):]
    m = _CITY_BRANCH.match(name)
    if m and place.level in ("district", "county") and place.name[-1] in "区县" and len(place.name) >= 3:
        city = _city_of(place.parents)
        if city:  # 区自然资源和规划分局: the city bureau's branch in the district (巴中市自然资源和规划局恩阳分局)
            return f"{city}{m.group(1)}局{place.name[:-1]}分局"
    short = place.name[:-1] if place.level == "district" and place.name.endswith("区") and len(place.name) >= 3 else ""
    if not short:
        return name
    name = name[1:] if name.startswith("区" + short) else name
    city = _city_of(place.parents)
    if city and name.startswith(short) and not name.startswith(place.name) and name.endswith("局") and "公安" not in name:
        return city + name
    return name


_PARTY_OF_DISTRICT = re.compile(r"^中共([^市省州盟]{1,6}区)(委.*)$")


#: zones a 管委会 governs and a 党工委 leads, as a county (平潭综合实验区)
ZONE_KINDS = "综合实验区|综合试验区|合作区"
# the zone committee's departments
_ZONE_PARTY = re.compile(rf"^([\u4e00-\u9fff]{{2,6}}(?:{ZONE_KINDS}))"
                         r"(党群工作部|组织部|统战部|统一战线工作部|台湾工作部|宣传[\u4e00-\u9fff]{0,6}部|政法委员会)$")


def party_with_city(name: str, place: Jurisdiction) -> str:
    """A city district's party organ under its official name, the city in front (中共福田区委组织部 ->
    中共深圳市福田区委组织部); a county's (中共安吉县委) is named without its city and stays as it is.

    >>> futian = Jurisdiction("福田区", "district", ("广东省", "深圳市"))
    >>> party_with_city("中共福田区委组织部", futian), party_with_city("中共安吉县委", futian)
    ('中共深圳市福田区委组织部', '中共安吉县委')
    >>> party_with_city("平潭综合实验区党群工作部", Jurisdiction("平潭综合实验区", "district"))
    '中共平潭综合实验区工作委员会党群工作部'
    """
    zone = _ZONE_PARTY.match(name)
    if zone and name.startswith(place.name):  # 平潭综合实验区党群工作部: a department of the zone's 党工委
        return f"中共{zone.group(1)}工作委员会{zone.group(2)}"
    m = _PARTY_OF_DISTRICT.match(name)
    if not m:
        return name
    info = place_info(m.group(1), (*place.parents, place.name))
    chain = (*place.parents, place.name)
    if info.level != "district" or not any(p in chain for p in (*info.parents, info.name)):
        return name  # a district the document's own places do not hold may be another city's namesake
    city = _city_of(info.parents)
    return f"中共{city}{m.group(1)}{m.group(2)}" if city and city != m.group(1) else name


_EACH_TIERS = re.compile(r"^(各(?:[区县市](?:[(][市区县、]+[)])?[、和]?)+)(.+部门)$")
# 各区疾控局, 各区教委: each tier's body of that function, named in full (各区疾病预防控制局, 各区教育委员会)
_EACH_TIER_BODY = re.compile(r"^(各(?:[区县](?:[(][市区县、]+[)])?[、和]?)+)([\u4e00-\u9fff]{1,10}?(?:局|委员会|委))$")


def collective_name(s: str, place: Jurisdiction | None = None) -> str:
    """A collective's official form: 各区(市)县政府 -> …人民政府, 各区 -> 各区人民政府, 各区、县人力资源和社会保障行政部门
    -> 各区、县人力资源和社会保障局 (each tier's body by its function).

    >>> collective_name("各区(市)县政府"), collective_name("各区"), collective_name("各区、县人力资源和社会保障行政部门")
    ('各区(市)县人民政府', '各区人民政府', '各区、县人力资源和社会保障局')
    >>> collective_name("各区市场监管部门"), collective_name("各区消防救援部门", Jurisdiction("北京市", "province"))
    ('各区市场监督管理局', '各区消防救援支队')
    """
    if s.endswith("政府") and not s.endswith("人民政府"):
        return s[:-2] + "人民政府"  # governments are 人民政府 in their official names
    if _TIERS_ONLY.match(s):
        return s + "人民政府"  # 各区, 各县(市、区): the governments of those places
    m = _EACH_TIER_BODY.match(s)
    if m and expand_body(m.group(2), "district") != m.group(2):
        return m.group(1) + expand_body(m.group(2), "district")
    m = _EACH_TIERS.match(s)
    if m:  # 各区市场监管部门: the tiers end where a function begins (区, not 区市)
        region = (*place.parents, place.name)[:1] if place else ()
        for k in range(len(m.group(1)), 1, -1):
            if s[k - 1] in "区县市)" and _FUNCTION_DEPT.match(s[k:]):
                return s[:k] + expand_body(s[k:], "district", region)
    return s


_COMPANY_TAIL = re.compile(r"^(?:有限公司|有限责任公司|股份有限公司)$")


@lru_cache(maxsize=8192)  # a pure function of its arguments: names recur within and across documents
def same_body(short: str, full: str) -> bool:
    """Whether ``short`` (a body's name after its place) is ``full`` written short: one name inside the other
    (房屋管理局 / 住房保障和房屋管理局), without 和, without the company form (文旅发展集团 / 文旅发展集团有限公司), or
    with characters dropped from the middle, keeping its first two and its last (旅游文体局 / 旅游与文化体育局).

    >>> same_body("旅游文体局", "旅游与文化体育局"), same_body("文旅发展集团", "文旅发展集团有限公司")
    (True, True)
    >>> same_body("财政局", "财政金融局"), same_body("卫生健康局", "卫生健康委员会"), same_body("教育局", "教育体育局")
    (False, False, False)
    """
    if short == full or min(len(short), len(full)) < 3:
        return False
    long_enough = min(len(short), len(full)) >= 4  # a three-character name is the same body only as a contraction (财金局)
    if long_enough and (full.endswith(short) or short.endswith(full) or full.replace("和", "") == short.replace("和", "")
                        or full.startswith(short) and _COMPANY_TAIL.match(full[len(short):])):
        return True
    if len(full) <= len(short) or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short) and (long_enough and short[:2] == full[:2] or _abbreviation(short, full))


def _abbreviation(short: str, full: str) -> bool:
    """Whether ``short`` is the usual contraction of ``full`` beside it (房管中心 / 房产管理服务中心, 资源生态局 /
    自然资源与生态环境局, 财金局 / 财政金融局): its first word is a word of the full name (or its first character
    the full name's), and it is not itself a function's ordinary body (财政局 is never 财政金融局).

    >>> _abbreviation("房管中心", "房产管理服务中心"), _abbreviation("资源生态局", "自然资源与生态环境局")
    (True, True)
    >>> _abbreviation("财金局", "财政金融局"), _abbreviation("建设局", "住房和城乡建设局")
    (True, False)
    """
    if any(is_function_word(short[:-k]) for k in (1, 2, 3) if len(short) > k + 1) or expand_body(short) != short:
        return False
    return short[0] == full[0] or (len(short) > 3 and short[:2] in full[: len(full) // 2 + 1])


_FULL_END = r"(?:局|委员会|办公室|中心|部|集团有限公司|有限公司)"
# what follows the place in a full name (one pattern for every place: no pattern is compiled per document)
_FULL_BODY = re.compile(rf"(?![各有相])[\u4e00-\u9fff]{{2,14}}?{_FULL_END}(?![\u4e00-\u9fff]{{0,2}}(?:局|部|中心))")


def full_names_in(text: str, place: str) -> tuple[str, ...]:
    """The bodies of ``place`` a text names in full (平潭综合实验区旅游与文化体育局 in a page's 发布机构 field).

    >>> full_names_in("发布机构: 平潭综合实验区旅游与文化体育局 责任单位:区旅游文体局", "平潭综合实验区")
    ('平潭综合实验区旅游与文化体育局',)
    """
    if len(place) < 2:
        return ()
    found = []
    at = text.find(place)
    while at >= 0:  # each place the text names, left to right, as re.findall would try them
        m = _FULL_BODY.match(text, at + len(place))
        if m:
            found.append(text[at:m.end()])
        at = text.find(place, m.end() if m else at + 1)
    return tuple(dict.fromkeys(found))


def as_written(name: str, fulls: tuple[str, ...], home: str, issued: tuple[str, ...] = ()) -> str:
    """The name a document's issuer signs with, or the text writes in full, for the same body written short (see
    :func:`same_body`): 区房管局 in a notice that 上海市静安区房屋管理局 signs is that bureau, whatever the gazetteer
    calls it; 区旅游文体局 beside 平潭综合实验区旅游与文化体育局 is that bureau. ``home`` is the document's place (a
    zone no place list has counts as a place).

    >>> as_written("平潭综合实验区旅游文体局", ("平潭综合实验区旅游与文化体育局",), "平潭综合实验区")
    '平潭综合实验区旅游与文化体育局'
    """
    zone = home if len(home) > 1 else "\0"
    place = leading_place(name) or (zone if name.startswith(zone) else None)
    if not place or name in issued or "各" in name or "级" in name or "相关" in name or "有关" in name or "属地" in name:
        return name  # 各区人民政府, 各级…部门: collectives are never one issuer
    body = name[len(place):]
    for full in fulls:
        there = leading_place(full) or (zone if full.startswith(zone) else None)
        other = full[len(there):] if there and innermost(there) == innermost(place) else ""
        if other and not leading_place(other) and same_body(body, other) and (other not in ("管理委员会", "人民政府") or body == other):
            return place + other  # 房屋管理局 / 住房保障和房屋管理局, 发展改革委员会 / 发展和改革委员会
        dept = _DEPT_BY_WORD.match(body)
        if other and full in issued and dept and other.startswith(dept.group(1)) and _OWN_BODY.search(other):
            return place + other  # 市房产主管部门 in rules the 市房产局 issues: the issuer itself
    return name


_DEPT_BY_WORD = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:行政主管|主管|行政|管理)?部门$")  # 房产主管部门: any word, not only a function
_OWN_BODY = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:局|委员会|厅)$")


_STREET_BODY = re.compile(r"(?:街道|乡镇)[\u4e00-\u9fff]{2,14}(?:委员会|办公室|管理办公室|中心|工作站)")
_RESIDENTS = {"居委": "各居民委员会", "居委会": "各居民委员会", "小区居委": "各居民委员会", "社区居委": "各居民委员会",
              "社区居委会": "各居民委员会", "村委": "各村民委员会", "村委会": "各村民委员会"}
_OWN_TIER = {"province": "省", "city": "市", "district": "区", "county": "县"}
_COURTS = {"省": "高级人民法院", "市": "中级人民法院", "区": "人民法院", "县": "人民法院"}
# a court or procuratorate named by its tier, or bare (the text's own): 市高院, 区法院, 检察院, 市中院
_JUDICIAL = re.compile(r"(?P<t>[省市区县])?(?P<b>高院|高法院|中院|人民法院|法院|人民检察院|检察院)")
_JUDICIAL_BODY = {"高院": "高级人民法院", "高法院": "高级人民法院", "中院": "中级人民法院", "人民检察院": "人民检察院", "检察院": "人民检察院"}


_ORGAN = re.compile(r"^([市区县]?)(公安|税务)机关$")
_WORK_DEPT = re.compile(r"(?:人民政府|政府)?管理([\u4e00-\u9fff]{2,8}?)工作的(?:行政)?部门$")


def work_department(s: str) -> str:
    """A department named by the work it manages, as a function's department: 县级以上人民政府管理专利工作的部门
    -> 县级以上专利管理部门.

    >>> work_department("市人民政府管理专利工作的部门"), work_department("市财政局")
    ('市专利管理部门', '市财政局')
    """
    return _WORK_DEPT.sub(r"\1管理部门", s) if "工作的" in s else s  # (every match holds 工作的: no scan without it)


def judicial(s: str, place: Jurisdiction) -> str | None:
    """The text's own court or procuratorate in full: 市高院 -> 上海市高级人民法院, 法院 -> 沈阳市中级人民法院.

    >>> judicial("市高院", Jurisdiction("上海市", "province")), judicial("检察院", Jurisdiction("沈阳市", "city", ("辽宁省",)))
    ('上海市高级人民法院', '沈阳市人民检察院')
    >>> judicial("区法院", Jurisdiction("崇明区", "district", ("上海市",))), judicial("市法院", Jurisdiction("崇明区", "district"))
    ('崇明区人民法院', None)
    """
    m = _JUDICIAL.fullmatch(s)
    tier = _OWN_TIER.get(place.level)
    if not m or not tier or not place.name or m.group("t") not in (None, tier, place.name[-1]):
        return None
    return place.name + _JUDICIAL_BODY.get(m.group("b"), _COURTS[tier])


@lru_cache(maxsize=8192)  # a resolver reads every name it normalises and checks through it, names recur
def tier_collective(s: str, place: Jurisdiction) -> str:
    """A text's own tier named for all its bodies or governments, or its court: 省级各部门 -> 陕西省省级各部门,
    全省各级政府 -> 陕西省各级人民政府, 省法院 -> 陕西省高级人民法院 (in the province's own text).

    >>> shaanxi = Jurisdiction("陕西省", "province")
    >>> tier_collective("省级各有关部门", shaanxi), tier_collective("全省各级政府", shaanxi), tier_collective("省法院", shaanxi)
    ('陕西省省级各有关部门', '陕西省各级人民政府', '陕西省高级人民法院')
    >>> yangpu = Jurisdiction("杨浦区", "district", ("上海市",))
    >>> tier_collective("街道消防安全委员会", yangpu), tier_collective("小区居委", yangpu)
    ('各街道消防安全委员会', '各居民委员会')
    >>> tier_collective("市级各部门", shaanxi), tier_collective("各地", shaanxi), tier_collective("各地", Jurisdiction("全国", "national"))
    ('市级各部门', '各地人民政府', '各地')
    """
    tier = _OWN_TIER.get(place.level)
    s = work_department(s)
    if place.level in ("city", "district", "county") or place.name in ("北京市", "上海市", "天津市", "重庆市"):
        s = _ORGAN.sub(r"\1\2部门", s) if s.endswith("机关") else s  # 公安机关 in a city's text: its public security bureau
    if place.level == "national":
        return national_form(s)  # 国务院民政部门: 民政部; 县级以上人民政府: 县级以上各级人民政府
    court = judicial(s, place)
    if court:
        return court
    if place.level in ("district", "county"):
        if _STREET_BODY.fullmatch(s):
            return "各" + s  # 街道消防安全委员会 in a district's text: every street's committee
        if s in _RESIDENTS:
            return _RESIDENTS[s]  # 小区居委: every residents' committee
    if place.level == "province" and re.match(r"市、县(?:[(][市区县、]{1,5}[)])?(?:人民)?政府", s):
        return "各" + s  # a province's 市、县(区)人民政府: every city's and county's government
    if s == "各地" and tier:
        return "各地人民政府"  # a province's or a city's 各地: the governments below it (a national text's stays)
    if not tier or not place.name or not s.startswith((tier, "全" + tier)):
        return s
    if s.startswith(tier + "级各") and re.fullmatch(tier + r"级各(?:有关|相关)?(?:部门|单位)", s):
        return place.name + s
    m = re.fullmatch("全" + tier + r"(各级(?:人民)?政府(?:有关部门|各部门)?)", s) if s.startswith("全" + tier + "各级") else None
    if m:
        return place.name + re.sub(r"(?<!人民)政府", "人民政府", m.group(1))
    return s


_SUB_OFFICE = re.compile(r"(?P<body>[\u4e00-\u9fff]{3,20}?(?:局|厅|委|部|办|政府))[(](?P<sub>[\u4e00-\u9fff]{2,8})[)]")


@lru_cache(maxsize=8192)  # a document's resolver normalises the same names over and over
def own_form(s: str, place: Jurisdiction, decree: str | None = None) -> str:
    """A cleaned name in the form a resolver of ``place``'s texts looks it up (``decree``: a 令's 文号, whose
    bare functions are every county's): 市级民政部门 -> 市民政部门, 本市各级人民政府 -> 广州市各级人民政府, 盐都生态环境局
    in a 盐都区 text -> the city's bureau.

    >>> own_form("本市各级人民政府", Jurisdiction("广州市", "city", ("广东省",)))
    '广州市各级人民政府'
    """
    if s.endswith("机关") and len(s) >= 5 and s[-3] in "会委局厅部办院":
        s = s[:-2]  # 市总工会机关, 团市委机关: the body itself
    sub = _SUB_OFFICE.fullmatch(s)
    if sub and is_agency(sub.group("body")) and (sub.group("sub").endswith("办") or is_function_word(sub.group("sub"))):
        s = sub.group("body")  # 市委组织部(人才办), 省商务厅(口岸办), 市政府办(金融): the body, not its office or remit
    s = tier_collective(without_own_tier(s, place.level), place)  # 市级民政部门: 市民政部门
    s = regulation_body(s, decree) if decree and place.level == "national" else s
    if place.level == "province" and re.fullmatch(r"设区的?市(?:人民)?政府", s):
        s = "各设区市人民政府"  # a province's 设区市政府: every prefecture-level city's government
    if s[:2] in ("本市", "本省", "本区", "本县") and place.name.endswith(s[1]):
        s = place.name + s[2:]  # 本市各级人民政府: 广州市各级人民政府
    return by_short_name(s, place)  # 盐都生态环境局 in a 盐都区 text: the city's bureau


def fund_centre(name: str) -> str | None:
    """A housing fund centre written with its city's short name, in full: 沈阳公积金中心 -> 沈阳住房公积金管理中心.

    >>> fund_centre("沈阳公积金中心"), fund_centre("沈阳市公积金中心"), fund_centre("沈阳海关")
    ('沈阳住房公积金管理中心', None, None)
    """
    full = short_place_prefix(name)
    if not full or name.startswith(full):
        return None
    k = next(k for k in (2, 3, 4) if short_place_prefix(name[:k]) == full)
    body = expand_body(name[k:])
    return name[:k] + body if body.endswith("住房公积金管理中心") else None
