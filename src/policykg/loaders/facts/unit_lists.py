"""Lists of responsible units: splitting them, the affixes their members share, collectives.

A list such as ``市工信局、财政局`` or ``省发展改革、工业和信息化部门`` names several units with shared
parts (the tier 市, the suffix 部门); :func:`split_units` gives each unit as written and as it is to be
normalised. Collectives (各区人民政府, 各级财政部门, 国家能源局各派出机构) are units of their own.

Examples
--------
>>> [u[2] for u in split_units("市工信局、财政局,福田区、南山区人民政府")]
['市工信局', '市财政局', '福田区人民政府', '南山区人民政府']
"""
from __future__ import annotations

import re
from functools import lru_cache

from policykg.loaders.context import DocContext
from policykg.loaders.gazetteers.agencies import (
    AgencyResolver,
    expand_body,
    is_agency,
    is_bare_body,
    is_function_word,
    is_tier_collective,
)
from policykg.loaders.gazetteers.agency_names import _TOWN, lookup

__all__ = ["split_units", "is_agency_suffixed", "DEFINED_NOTE"]

_COLLECTIVE = re.compile(
    r"各辖?(?:市州|[省市区县镇])(?:[(][^()]*[)])?(?:(?:、|和|及)(?:街道|乡镇|自治区|直辖市|计划单列市|县市区|[省市区县镇乡])(?:[(][^()]*[)])?)*(?:人民政府|政府|管委会)?"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[和及与]))省、自治区、直辖市(?:人民政府)?(?:[\u4e00-\u9fff]{2,12}?(?:主管部门|行政部门|部门))?"  # a national rule's tier
    r"|(?<![\u4e00-\u9fff])市、县(?:[(][市区县、]{1,5}[)])?(?:人民政府|政府)"  # a province's 市、县(区)人民政府: each of them
    r"|(?<=相关|有关|所在)[市区县](?:[(][市区县镇乡、]{1,5}[)])?(?:、[区县镇乡](?:[(][市区县镇乡、]{1,5}[)])?)+(?:人民政府|政府)"
)  # 相关市、县(区)政府, 项目所在县(市)、乡(镇)人民政府: the governments a task concerns
# 、,; and 会同/联合 separate units; so does 和/及 after a unit's last character (市委和市政府, but not
# 发展和改革委员会 or 工业和信息化局), and 等(有关部门) ends a list (市科技局等有关部门和各区政府)
_SPLIT = re.compile(r"[、,;]|会同|联合(?!会)|(?<=[\u4e00-\u9fff])(?:和|及|以及)(?:其他)?(?:有关|相关)(?:部门|单位)(?:和?单位)?|(?<![高平中初同对均])等(?:政府)?(?:有关|相关|其他|市级|省级|区级|县级|成员|行业主管|行业|行政主管|主管|行政)?"
                    r"(?:职能)?(?:部门|单位|机构|方面)?(?:按职责分工|按职责)?(?:和|及|以及|、|,)?(?![级于学教同待])"
                    r"|(?<=[局委办厅署府会心司院行团])(?:和|及|以及|或|与)(?=[\u4e00-\u9fff])|(?<=部门)(?:以及|和|及|或)(?!单位|机构|企业|个人)(?=[\u4e00-\u9fff])"
                    r"|(?<=[局委办厅署府心司部站])[ \t\u3000]{2,}(?=[\u4e00-\u9fff])"  # a table cell's units on separate lines
                    r"|(?<=[局委办厅部站])(?=[省市区县]委?[\u4e00-\u9fff]{2,10}?(?:局|委|办|厅|部|站))")  # 县委宣传部县教育局: the lines joined
# 镇人民政府、街道办事处, 各街道办事处和镇人民政府: the township level (towns and street offices), one collective
_TOWNSHIP_PAIR = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[、,和及]))各?{_TOWN}(?:(?:、|和|及|以及)各?{_TOWN})+"
                            r"(?![(]|[\u4e00-\u9fff]{0,4}(?:办事处|政府))")
# a note inside a responsibility bracket: 列第一位的为牵头单位, 下同, 不再列出 (not a unit)
_TIER_PAIR = re.compile(r"(?P<a>[省市])(?:和|、)(?P<b>(?:区、县|县、区|区县|县|区)(?:[(][市区县、自治]{1,5}[)])?(?:、[区县])?)"
                        r"(?P<body>人民政府|[\u4e00-\u9fff]{2,16}?(?:行政部门|主管部门|部门))")
_TIERS_BODY = re.compile(r"(?:区、县|县、区|县[(]市、区[)]|县[(]市[)]|区[(]县[)])(?:人民政府|[\u4e00-\u9fff]{2,16}?(?:行政部门|主管部门|部门))")
_LENTICULAR_TIERS = re.compile(r"(?<=[省市区县州])〔([市区县旗、]{1,7})〕")
_TIER_BRACKET = re.compile(r"[省市区县州][(][市区县旗、]{3,7}[)]")
_WEI_BAN_JU = re.compile(r"各(?:有关|相关)?委、?办、?局")
_INNER_LIST = re.compile(r"(?<=[局委办部厅])[(][^()]{2,60}[)]")
# 各区政府(含大鹏新区管委会、深汕特别合作区管委会): the units the bracket includes act beside the first
_INCLUDES = re.compile(r"(?<=[局委办部厅府会])[(](?:含|包括)(?P<y>[^()]{2,60}?)\s*(?:,下同)?\s*[)]")
_ZONE_KIND = re.compile(r"^(?:新区|合作区|开发区|园区|高新区|经开区|功能区)(?:管委会|管理委员会)?$")
_ROLE_TAIL = re.compile(r"(?:等)?(?:按职责分工|按职责|依职责|分工|分别|共同|结合实际|因地制宜)?(?P<w>(?:负责|组织)?(?:牵头|配合|参与|协同|协助)(?:实施|落实)?|负责"
                        r"|(?:负责|组织|具体|属地|抓好)?落实|组织实施|具体实施|推进实施|(?<=职责)办理)(?:按职责分工|按职责)?(?:负责)?$")  # …依职责办理
# 民政、公安…等相关单位: a list of functions closed by its units (as 等部门 closes one)
_UNITS_TAIL = re.compile(r"^(?:等|和|及|以及)(?:有关|相关|其他|行业主管|行业|主管|行政主管|行政)?(?:单位|部门)")
_SHARED_SUFFIX = re.compile(r"(管委会|管理委员会|人民政府|政府)$")
_TIER = re.compile(r"^(?:自治区|市|区|县|省|国务院(?=[\u4e00-\u9fff]{2,12}部门$))(?!场|块|域|级)")  # 国务院财政、卫生健康部门
# (以下简称X), (以下统称X): a short name the text defines for units already named, no unit of its own
DEFINED_NOTE = re.compile(r"^(?:以下)?(?:简称|统称|合称|称为|称)")
# 有关部门, 市相关单位: no unit is named (各有关单位, 各相关部门 are collectives, and kept)
_GENERIC_UNIT = re.compile(DEFINED_NOTE.pattern + r"|^(?:有关|相关|其他)?(?:部门|单位|责任单位)$|^(?:有关|相关)企业$|^(?:有关|相关)?[委办局]$|^各(?:责任|牵头|配合|主责)(?:单位|部门)$|^[^各]*(?:有关|相关)(?:部门?|单位)$")
_SUFFIXED = re.compile(r"(?:局|委|办|厅|部|署|政府|管委会|委员会|中心|行|会|院|司)$")
_OTHERS_TAIL = re.compile(r"(?:以及|和|及)(?:其他)?(?:有关|相关)(?:部门|单位)$")  # …部门以及其他有关部门


def split_units(text: str, base: int = 0) -> list[tuple[str, int, str]]:
    """Split a list of units into ``(name, offset, name_to_normalise)``.

    >>> [u[0] for u in split_units("市工信局、市财政局,各市、区人民政府,苏州工业园区、苏州高新区管委会")]
    ['市工信局', '市财政局', '各市、区人民政府', '苏州工业园区', '苏州高新区管委会']
    >>> [u[2] for u in split_units("市工信局、财政局,福田区、南山区人民政府")]
    ['市工信局', '市财政局', '福田区人民政府', '南山区人民政府']
    >>> [u[2] for u in split_units("省发展改革、工业和信息化部门,商务、国资等相关部门")]
    ['省发展改革部门', '省工业和信息化部门', '省商务部门', '省国资部门']
    >>> [u[2] for u in split_units("市发展改革委、市场监管局、各区政府(含大鹏新区管委会、深汕特别合作区管委会)")]
    ['市发展改革委', '市市场监管局', '各区政府', '大鹏新区管委会', '深汕特别合作区管委会']
    """
    return [(name, base + off, full) for name, off, full in _split_units(text)]


@lru_cache(maxsize=4096)  # a list is split again at each reading of its measure: split once, offsets moved by ``base``
def _split_units(text: str, base: int = 0) -> list[tuple[str, int, str]]:
    if "〔" in text:  # 各区〔县、市〕政府: a tier list in lenticular brackets, as in parentheses (same length: offsets hold)
        text = _LENTICULAR_TIERS.sub(lambda m: "(" + m.group(1) + ")", text)
    bare = text.strip()
    pair = _TIER_PAIR.fullmatch(_OTHERS_TAIL.sub("", bare) if bare.endswith(("部门", "单位")) else bare)  # …以及其他有关部门
    if pair and (len(pair.group("b")) > 1 or "和" in pair.group(0)[:2]):  # 市、区民政部门: _tier_list's  # 市和区、县人民政府: the city's government and every district's and county's
        at, body = base + text.index(pair.group(0)), re.sub(r"^(?:人民)?政府(?=[\u4e00-\u9fff]{2})", "", pair.group("body"))
        each = "" if len(pair.group("b")) == 1 and body.endswith("部门") else "各"  # 区民政部门 names every district's
        return [(pair.group(0), at, pair.group("a") + body), (pair.group(0), at, each + pair.group("b") + body)]
    tiers = _TIERS_BODY.fullmatch(text.strip())
    if tiers:  # 区、县司法行政部门: every district's and county's department, one collective
        return [(tiers.group(0), base + text.index(tiers.group(0)), "各" + tiers.group(0))]
    protected = _protected(text)
    pieces: list[tuple[str, int, bool, str]] = []  # name, offset, ends a 、 group, the separator after it
    pos = 0
    cuts = []
    for m in _SPLIT.finditer(text):
        if any(a <= m.start() < b for a, b in protected):
            continue
        cuts.append(m)
    for m in cuts + [None]:
        end = m.start() if m else len(text)
        raw = text[pos:end]
        name = raw.strip(" 。等")
        if name:
            at = base + pos + raw.index(name)
            parts = run_together(name)
            for k, (part, rel) in enumerate(parts):  # 区住建局区市场监管局: a table cell that lost its separators
                closes = (m is None or m.group(0) != "、") if k == len(parts) - 1 else False
                pieces.append((part, at + rel, closes, (m.group(0) if m else "") if k == len(parts) - 1 else "、"))
        if m:
            pos = m.end()
    out: list[tuple[str, int, str]] = []
    group: list[tuple[str, int]] = []
    prefix = ""
    for name, off, closes, sep in pieces:
        group.append((name, off))
        if not closes:
            continue
        # 省发展改革、工业和信息化部门; 商务、国资等相关部门: functions that the list's 部门 makes departments
        departments = _ROLE_TAIL.sub("", group[-1][0]).endswith("部门") or "部门" in sep or bool(_UNITS_TAIL.match(sep))
        group = _tier_list(group, departments)
        suffix = _SHARED_SUFFIX.search(group[-1][0])
        for k, (g, o, *tiered) in enumerate(group):
            full = tiered[0] if tiered else g
            if tiered:
                pass  # 市、区民政部门: each tier's body, as the list's last unit names it
            elif suffix and k < len(group) - 1 and not is_agency_suffixed(g) and not g.endswith(("部门", "单位", "机构")):
                full = g + suffix.group(1)
            elif departments and is_function_word(g):
                full = g + "部门"
            elif departments and is_bare_body(g) and not is_agency(g):
                full = expand_body(g)  # 民政、公安、残联等相关单位: 残联 by its full name
            tier = _TIER.match(full) if "、" not in full else None  # 市、县(区)人民政府: a collective gives no tier
            if tier:
                prefix = tier.group(0)
            elif prefix and is_bare_body(_ROLE_TAIL.sub("", full)) and (prefix != "国务院" or full.endswith("部门")):  # 、商务厅负责
                full = prefix + full
            out.extend(_included(g, o, full))
        group = []
    return out


def _protected(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` no separator cuts (collectives, bracketed plates); each pattern is tried only when
    ``text`` holds a character every match of it holds (most lists hold none: the same spans, fewer scans)."""
    protected = []
    if "各" in text or "、" in text:  # (each branch of _COLLECTIVE starts with 各 or holds 、)
        protected += [(m.start(), m.end()) for m in _COLLECTIVE.finditer(text) if m.end() - m.start() > 2]
    if "、" in text or "和" in text or "及" in text:  # (a pair is joined by one of them)
        protected += [(m.start(), m.end()) for m in _TOWNSHIP_PAIR.finditer(text)]
    if "委" in text:
        protected += [(m.start(), m.end()) for m in _WEI_BAN_JU.finditer(text)]  # 各有关委、办、局: one collective
    if "(" in text:
        protected += [(m.start() + 1, m.end()) for m in _TIER_BRACKET.finditer(text)]  # 县(市、区)人民政府: one unit
        protected += [(m.start() + 1, m.end() - 1) for m in _INNER_LIST.finditer(text)]  # X(Y、Z): one unit, two plates
        protected += [(m.start() + 1, m.end() - 1) for m in _INCLUDES.finditer(text)]
    return protected

_JOIN_END = re.compile(r"(?:局|委员会|委|办公室|办|厅|中心|大队|支队|分局|集团|公司)$")
_INSIDE = re.compile(r"员会|办公室|[总支大]队|分局|[处科室所站]")
_SUB_UNIT = re.compile(r"(?:队|处|科|室|所|站|分局)$")
_TIER_ONLY_BODY = re.compile(r"^[省市区县]委$")  # 区委组织部: the party committee's department, one name


def run_together(name: str) -> list[tuple[str, int]]:
    """Units whose separators a converted table lost, each with its offset in ``name``: a unit ends where the
    next begins with its tier (区住建局区市场监管局) or is a known bare body (市场监管局发改委).

    >>> [u for u, _ in run_together("区住建局区市场监管局")], [u for u, _ in run_together("区委组织部")]
    (['区住建局', '区市场监管局'], ['区委组织部'])
    """
    return list(_run_together(name))


@lru_cache(maxsize=8192)  # a pure function of the name: subjects and lists recur within and across documents
def _run_together(name: str) -> tuple[tuple[str, int], ...]:
    """:func:`run_together`'s units, as a tuple (shared by every caller: never changed in place)."""
    if len(name) < 6 or lookup(name) is not None or re.search(r"[()、]|分局$", name):
        return ((name, 0),)  # 区委宣传部(区文明办…), 市公安局平川分局: one name
    for i in range(2, len(name) - 1):
        head, rest = name[:i], name[i:]
        if not _JOIN_END.search(head) or _TIER_ONLY_BODY.match(head) or not is_agency(head) or len(rest) < 3:
            continue
        tiered = rest[0] in "区市县省"
        after = _run_together(rest)
        if _INSIDE.match(rest) or not is_agency(after[0][0]) or not tiered and _SUB_UNIT.search(after[0][0]):
            continue  # 消防安全委|员会办公室, 市公安局|交警总队: a name's own ending or one of its units
        if tiered or is_bare_body(rest[:3]) or is_bare_body(rest[:4]):
            return ((head, 0), *((u, i + o) for u, o in after))
    return ((name, 0),)


# bodies a list of functions names by their short name (市、区教育、工会、团委、妇联等单位)
_SHORT_BODY = re.compile(r"^(?:工会|总工会|团委|共青团|妇联|残联|科协|工商联|红十字会)$")
_BARE_TIER = re.compile(r"^(?:自治区|省|市|区|县|乡|镇)(?:[(][市区县旗、]{1,5}[)])?$")  # 县(市): its bracket names the same tier
_TIERED_BODY = re.compile(r"^(?P<t>自治区|省|市|区|县|乡|镇)(?:两级|三级|各级)?(?P<b>(?!场|块|域|级|街道)[\u4e00-\u9fff()]{2,})$")


def _tier_list(group: list, departments: bool = False) -> list:
    """``市、区民政部门``, ``市、区两级财政``: the tiers written before one body, each given that body.

    A run of bare tiers takes the body of the unit after it; its members and that unit become
    ``(name, offset, name_to_normalise)``.  In a list of departments (``市、区教育、公安、工会等单位``)
    the tiers reach every function after it, each function once per tier; the rest of the group is
    returned unchanged.
    """
    out: list = []
    run: list = []
    tiers: list[str] = []  # the tiers a list of departments distributes
    for item in group:
        name, off = item[0], item[1]
        if tiers and not run and (is_function_word(name) or _SHORT_BODY.match(name)):
            tail = "部门" if is_function_word(name) else ""
            out += [(name, off, t + name + tail) for t in tiers]
            continue
        if tiers and not _BARE_TIER.match(name) and not _TIERED_BODY.match(name):
            out.append(item)  # 来穗人员服务管理: a function the gazetteer does not know, left as written
            continue
        tiers = []
        if _BARE_TIER.match(name):
            run.append(item)
            continue
        last = _TIERED_BODY.match(name) if run else None
        if last:
            body = last.group("b")
            pair = _TOWNSHIP_PAIR.fullmatch(name)
            if pair:  # 区、镇人民政府和街道办事处: the districts' governments, and the township level
                body = re.split(r"、|和|及", body)[0]
                out += [(g, o, g + body) for g, o, *_ in run] + [item]
                run = []
                continue
            function = is_function_word(body)
            body += "部门" if function else ""  # 市、区两级财政: the finance departments
            out += [(g, o, g + body) for g, o, *_ in run] + [(name, off, last.group("t") + body)]
            tiers = [g for g, *_ in run] + [last.group("t")] if departments and function else []
        else:
            out += run + [item]
        run = []
    return out + run


def _included(name: str, off: int, full: str) -> list[tuple[str, int, str]]:
    """``X(含Y、Z)`` as X, Y and Z; any other unit as itself."""
    m = _INCLUDES.search(name)
    tail = name[m.end():].rstrip("\\]") if m else ""  # …依职责办理\]: a carrier's escape after the role word
    if not m or (tail and not _ROLE_TAIL.fullmatch(tail)):
        return [(name, off, full)]
    head = name[: m.start()]
    # 各区政府(含新区、合作区管委会): kinds of zones the collective includes name no unit of their own
    inner = [u for u in split_units(m.group("y"), off + m.start("y")) if not _ZONE_KIND.match(u[0])]
    if tail and inner:  # 各区政府(含A、B)负责: the role word closes the whole group
        n, o, f = inner[-1]
        inner[-1] = (n + tail, o, f + tail)
    full_head = full[: len(full) - len(name) + len(head)]
    if tail and not inner:  # 各区政府(含新区、合作区管委会)依职责办理: the role word stays with the collective
        head, full_head = head + tail, full_head + tail
    return [(head, off, full_head)] + inner


def is_agency_suffixed(name: str) -> bool:
    """Whether a unit name already ends with an agency word (局, 委, 管委会 ...)."""
    return bool(_SUFFIXED.search(name))


def _role_words(units: list[tuple[str, int, str]]) -> dict[int, str]:
    """Roles that units state themselves: X牵头 (lead), Y配合 (co), Z按职责分工负责 (co).

    A role word after the last unit of a 、 group applies to the whole group. Where one group is
    charged (负责) and another assists (配合), the first charged unit leads.

    >>> _role_words([("省自然资源厅负责", 0, ""), ("各市、县级政府配合", 9, "")])
    {0: 'lead', 1: 'co'}
    >>> _role_words([("省交通运输厅负责", 0, "")])
    {0: 'co'}
    """
    out: dict[int, str] = {}
    group: list[int] = []
    plain: list[int] = []  # the first unit of each group marked by a bare 负责
    helpers = False  # whether a group is marked 配合, 参与, 协同 or 协助
    for k, (name, _, _) in enumerate(units):
        group.append(k)
        m = _ROLE_TAIL.search(name)
        if m:
            role = "lead" if "牵头" in m.group("w") else "co"
            for g in group:
                out[g] = role
            if m.group(0) == "负责":
                plain.append(group[0])
            helpers = helpers or bool(re.search("配合|参与|协同|协助", m.group("w")))
            group = []
    if helpers and len(plain) == 1 and "lead" not in out.values():
        out[plain[0]] = "lead"  # (X负责,Y配合): the unit charged with the task against those that assist leads it
    return out


def _add(found: list, ctx: DocContext, resolver: AgencyResolver, name: str, off: int, full: str, role: str) -> None:
    """Note a mention; :func:`_merge` orders and deduplicates them."""
    k = len(name) - len(name.lstrip("[【 \t\n"))  # [市发展改革委、各区政府负责]: the bracket is no part of a name
    name, off, full = name[k:], off + k, full.lstrip("[【 \t\n")
    if name.strip() and not _GENERIC_UNIT.search(name):  # 等按职责分工负责: the role word alone is no unit
        found.append((off, name, full, role))
_COLLECTIVE_UNIT = re.compile(r"^(?:(?:国务院|[省市区县]政府|[省市区县]人民政府|[省市区县]委)?各(?!类|种|项)[\u4e00-\u9fff、()]{0,24}?"
                              r"(?:部门|单位|人民政府|政府|管委会|机构|办事处|街道|乡镇|街镇|镇|乡[(]镇[)]|地区|高校|高等学校|院校|城市"
                              r"|委、?办、?局))$"
                              r"|^各(?:有关|相关|[省市区县]|设区市)?地$"
                              r"|^各(?:[区县](?:[(][市区县、]+[)])?[、和]?){1,3}[\u4e00-\u9fff]{1,10}?(?:局|委员会|委)$")  # 各地 (not 各街镇围绕拆除还地), 各区疾控局
_NOT_IN_NAME = re.compile(r"[由时将在向从被把凭]|的(?!(?:行政)?部门$)|(?<!工作)的|经(?![委信济开贸])|对(?!外)|必要|应当|可以|提交|^(?:以下|其中|每年|开展|建立|加强|落实|继续|规范|根据|依据|按照|按|通过|指导|督促|协调|需|并|移送|提请|协助|支持|鼓励|引导|推动|报送|商请|积极|争取|主动|努力|充分)")  # 区经委, 经信局 are names  # 必要时经市发展改革委: a clause, not a name
# 区公安分局(交管): the unit, its branch of work; not 镇人民政府(街道办事处), the towns' and the street offices'
_QUALIFIER = re.compile(r"(?<!^各乡)[(](?!街道办事处|街道|乡镇|乡人民政府)[\u4e00-\u9fff]{1,6}[)]$")  # 各乡(镇): the towns too


def _plain_units(text: str, base: int) -> list[tuple[str, int, str]]:
    """:func:`split_units` without a unit's trailing qualifier (区公安分局(交管) is 区公安分局)."""
    return [(n, o, f) if is_tier_collective(n) else (_QUALIFIER.sub("", n), o, _QUALIFIER.sub("", f))
            for n, o, f in split_units(text, base)]


_PAIRED = re.compile(r"各[^各、,]{1,12}")


def _collectives(x: str, base: int) -> list[tuple[str, int, str]]:
    """各地各高校, 各级各部门: collectives written one after the other without a separator."""
    if not x.startswith("各") or x.count("各") < 2:
        return []
    parts = [(m.group(0), base + m.start(), m.group(0)) for m in _PAIRED.finditer(x)]
    if "".join(p[0] for p in parts) != x or not all(_is_collective_unit(p[0]) for p in parts):
        return []
    return parts


# 省级能源主管部门, 地方各级财政部门, 属地交通运输主管部门: the bodies of a tier, by function
_TIER_BODIES = re.compile(r"^(?:地方各级|地方|各级|省级|市级|县级|区级|属地|同级)[\u4e00-\u9fff]{2,12}?(?:主管部门|管理部门|部门|主管机构)$")
# 国家能源局各派出机构: a body's branches
_BRANCHES = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:局|部|委|署)各(?:派出机构|分支机构|直属单位|地方监管局|监管局|分局)$")


# 各市财政局, 各县(市、区)教育局: each lower tier's bureau of one function
_EACH_BUREAU = re.compile(r"^各(?:设区市|地市|市县|县区|县市|[市区县州盟旗])(?:[(][市区县旗、]{1,7}[)])?[\u4e00-\u9fff]{2,14}?(?:局|委员会|委|厅)$")
# 属地街道, 属地街镇: the street office (or town) where a case lies, whichever it is
_LOCAL_TOWNSHIP = re.compile(r"^属地(?:街道|街镇|镇|乡镇)(?:办事处|人民政府|政府)?$")


@lru_cache(maxsize=8192)  # the units of a document are checked at every step that reads them
def _is_collective_unit(name: str) -> bool:
    """各有关部门, 各地交通运输主管部门, 各街道办事处, 省级能源主管部门, 国家能源局各派出机构: a collective
    written as a unit (not 各地不得…)."""
    s = name.strip()
    return bool(_COLLECTIVE_UNIT.match(s) or _LOCAL_TOWNSHIP.match(s) or _TIER_BODIES.match(s) or _BRANCHES.match(s) or is_tier_collective(s)
                or _EACH_BUREAU.match(s))
