"""Responsible units of a measure: as written, normalised, and their role.

Plans, opinions and funding measures name them by convention:

* a parenthesis closing the paragraph, with or without a label:
  ``(责任单位:市科技局、市工信局)``, ``(市工信局、市财政局)``;
* labelled lists: ``牵头单位:X;配合单位:Y`` (X lead, Y co), ``责任单位:...``;
* ``由X牵头`` (X lead), ``由X牵头,会同Y`` (Y co), ``X牵头,Y配合``, ``由X负责`` / ``X负责``,
  ``X、Y按职责分工负责``, ``由X会同Y…`` (both co), ``领导小组办公室设在X`` (X co).

The first unit of a list is the lead only when the document states that
convention (``排在第一位的为牵头单位``); otherwise every listed unit is ``co``.
Lists split on 、,; but keep collective units whole (各市、区人民政府) and
expand shared affixes: in ``市工信局、财政局`` the second is 市财政局, in
``福田区、南山区人民政府`` the first is 福田区人民政府.

Replies name the agency that acts as the subject of a clause:
``区工信局联合区金融局、深圳市中小企业服务协会举办…`` gives all three (none
lead); ``我局…`` gives the replying bureau; 我区/福田区/我们 give nothing.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.agencies import AgencyResolver
>>> from policykg.loaders.structure import DUTY_OF, MeasureSpan, names_a_unit
>>> from policykg.schema.models import Jurisdiction
>>> ctx = DocContext("d", normalize("加强组织领导。由市工信局牵头,市财政局配合。(牵头单位:市工信局;配合单位:市科技局)"))
>>> r = AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",)))
>>> [(x.name, x.normalized, x.role) for x in extract_responsible(ctx, MeasureSpan("1", "", 0, len(ctx.text)), r)]
[('市工信局', '苏州市工业和信息化局', 'lead'), ('市财政局', '苏州市财政局', 'co'), ('市科技局', '苏州市科学技术局', 'co')]
"""
from __future__ import annotations

import re

from policykg.loaders.agencies import (
    CENTRAL_NAMES,
    SELF_REFERENCES,
    AgencyResolver,
    is_agency,
    is_bare_body,
    is_function_word,
    is_tier_collective,
)
from policykg.loaders.context import DocContext
from policykg.loaders.structure import DUTY_OF, MeasureSpan, names_a_unit
from policykg.schema.models import Responsibility

__all__ = ["extract_responsible", "split_units", "LEAD_CONVENTION"]

LEAD_CONVENTION = re.compile(
    r"(?:排在|排|列|位列|列在|排名|位于|排列|所列|名列)?(?:第一位|第一个|第一家|首位|首个|第一)(?:的|者)?(?:单位|部门)?(?:为|是)"
    r"(?:牵头|主责|主要责任)(?:责任)?(?:单位|部门)"
    r"|(?:排在|列|位列|列在|排名|所列)(?:第一位|第一个|首位|第一)的?(?:单位|部门)(?:负责)?牵头"
)
_LABEL = re.compile(
    r"(?P<lab>牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|负责单位|实施单位|配合单位|配合部门|参与单位|协同单位|协办单位)\s*[:]"
)
_LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主办单位")
_CO_LABELS = ("配合单位", "配合部门", "参与单位", "协同单位", "协办单位")
_PAREN = re.compile(r"[(](?P<body>(?:[^()]|[(][^()]*[)])*)[)]"
                    r"|[\[【](?P<sq>[^\[\]【】()]*(?:[(][^()]*[)][^\[\]【】()]*)*)[\]】]")  # [市发展改革委、各区政府(含…)负责]
_PARA_END = re.compile(r"\s*(?:[。;]|[。;]?\s*(?:\n|$))")
_NOTE = re.compile(r"[(][^()]*(?:牵头|第一位|首位)[^()]*[)]")
_COLLECTIVE = re.compile(
    r"各[省市区县镇](?:[(][^()]*[)])?(?:(?:、|和|及)(?:街道|乡镇|[省市区县镇乡])(?:[(][^()]*[)])?)*(?:人民政府|政府|管委会)?"
)
# 、,; and 会同/联合 separate units; so does 和/及 after a unit's last character (市委和市政府, but not
# 发展和改革委员会 or 工业和信息化局), and 等(有关部门) ends a list (市科技局等有关部门和各区政府)
_SPLIT = re.compile(r"[、,;]|会同|联合|(?<![高平中初同对均])等(?:有关|相关|其他|市级|省级|区级|县级|成员)?"
                    r"(?:部门|单位|机构|方面)?(?:按职责分工|按职责)?(?:和|及|以及|、|,)?(?![级于学教同待])"
                    r"|(?<=[局委办厅署府会心司院行])(?:和|及|以及)(?=[\u4e00-\u9fff])")
# a note inside a responsibility bracket: 列第一位的为牵头单位, 下同, 不再列出 (not a unit)
_INNER_LIST = re.compile(r"(?<=[局委办部厅])[(][^()]{2,60}[)]")
# 各区政府(含大鹏新区管委会、深汕特别合作区管委会): the units the bracket includes act beside the first
_INCLUDES = re.compile(r"(?<=[局委办部厅府会])[(](?:含|包括)(?P<y>[^()]{2,60}?)\s*(?:,下同)?\s*[)]")
_BRACKET_NOTE = re.compile(r"(?:^|[。;,])[^。;,、()]*?(?:第一位|第一个|首位|下同|不再列出|不再一一列出|分别负责)[^。;()]*")
_BY_LEAD = re.compile(r"由(?:所涉及的|所涉及|相关的)?(?P<x>[^,。;:由]{2,160}?)牵头")
# 由X会同Y发布…: both act, neither is marked lead; 领导小组办公室设在X: X carries the work
_BY_WITH = re.compile(r"(?:由|经)(?P<x>[^,。;:由()]{2,30}?)(?:会同|联合|协同)(?P<y>[^,。;:()]{2,60}?)"
                      r"(?=等|共同|组织|开展|发布|制定|建立|负责|研究|做好|推进|实施|[,。;:(]|$)")
# X会同Y… / X负责,会同Y… at the start of a clause (no 由): both act, neither is marked lead
# 会同商务、国资等相关部门: the list's 部门 is kept, it makes its functions departments
_DEPTS = r"(?:等(?:相关|有关|其他)?部门)?"
_SUBJ_WITH = re.compile(r"(?:^|(?<=[,。;:!?\n]))(?P<x>[^,。;:()由]{2,30}?)(?:负责|牵头)?[,]?(?:会同|联合|协同)"
                        r"(?P<y>[^,。;:()]{2,60}?" + _DEPTS + r")(?:(?<=部门)|(?=等|共同|组织|开展|发布|制定|建立|负责|研究|做好|推进|实施|[,。;:(]|$))")
_SEATED = re.compile(r"(?:办公室|专班|秘书处|[\u4e00-\u9fff]{1,3}办)(?:设在|设于)(?P<x>[^,。;:()]{2,30}?)(?=[,。;]|负责|$)")
# 经X、Y和Z联合批准: the approving units act
_APPROVED_BY = re.compile(r"经(?P<x>[^,。;:经由()]{2,60}?)(?:联合|共同)?(?:批准|审核|审定|核准|同意)")
# X牵头负责 / X、Y负责牵头 opening a clause (not 由X牵头, which _BY_LEAD reads)
_X_LEADS = re.compile(r"(?:^|(?<=[,。;:\n]))\s*(?P<x>[^,。;:()由\n]{2,40}?)(?:负责牵头|牵头负责|牵头)(?!单位|部门)")
# a sentence opening with 牵头 names the units the subject leads: 牵头区建管委、区交通委,每周开展…
_LEADS_OTHERS = re.compile(r"(?:^|[。;\n])\s*(?:负责)?牵头(?P<y>[^,。;:()]{2,80}?(?:[(][^()]{1,8}[)])?)(?=[,。;]|等|共同|开展|建立)")
# 由X牵头,会同Y…: the units X works with are co-responsible
_WITH = re.compile(r"\s*[,、]?\s*(?:会同|联合|协同|组织)(?P<y>[^,。;:()]{2,60}?" + _DEPTS
                   + r")(?:(?<=部门)|(?=等|共同|组织|开展|建立|制定|负责|研究|做好|推进|[,。;:(]|$))")
_X_LEAD_Y_CO = re.compile(r"(?:^|[,。;:(\n])(?:由)?(?P<x>[^,。;:()由\n]{2,40}?)牵头\s*[,]\s*(?P<y>[^,。;:()]{2,60}?)(?:配合|参与|协同)")
_BY_DUTY = re.compile(r"(?:^|[,。;:\n])\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:由)?(?P<x>[^,。;:()由\n]{2,60}?)(?:等)?(?:按职责分工|按照职责分工|按职责|分别|共同)?"
                      r"(?:负责|主责)(?!人)")
_ROLE_TAIL = re.compile(r"(?:等)?(?:按职责分工|按职责|分别|共同|结合实际|因地制宜)?(?P<w>(?:负责|组织)?(?:牵头|配合|参与|协同|协助)|负责"
                        r"|(?:负责|组织|具体|属地|抓好)?落实|组织实施|具体实施|推进实施)(?:负责)?$")
_SHARED_SUFFIX = re.compile(r"(管委会|管理委员会|人民政府|政府)$")
_TIER = re.compile(r"^(?:自治区|市|区|县|省)(?!场|块|域|级)")
# 有关部门, 市相关单位: no unit is named (各有关单位, 各相关部门 are collectives, and kept)
_GENERIC_UNIT = re.compile(r"^(?:有关|相关|其他)?(?:部门|单位|责任单位)$|^各(?:责任|牵头|配合|主责)(?:单位|部门)$|^[^各]*(?:有关|相关)(?:部门?|单位)$")

# replies: an agency as the subject of a clause
_AGENCY_END = r"(?:局|委员会|委|办公室|(?<![举开主承创兴操])办|厅|(?<![全内外干总本])部|署)"
_CENTRAL_AG = "|".join(map(re.escape, CENTRAL_NAMES))  # 国家能源局会同…, 财政部将…: a central body as a reply's subject
_AG = (rf"(?:我局|本局|我委|本委|我办|我厅|{_CENTRAL_AG}|(?:[区市县省]委?)[\u4e00-\u9fff]{{1,10}}?{_AGENCY_END}"
       rf"|[\u4e00-\u9fff]{{2,6}}?[市区县][\u4e00-\u9fff]{{1,12}}?{_AGENCY_END})")
_ORG_END = (r"(?:协会|学会|商会|联合会|联盟|中心|公司|集团|银行|大学|学院|研究院|研究所|交易所|科技园|产业园|孵化器)")
# an institution; a short tail extends it (浙江大学 + 科技园)
_ORG = (r"(?:中国)?人民银行[\u4e00-\u9fff]{0,8}?(?:中心支行|分行|营业管理部|支行)"
        rf"|[\u4e00-\u9fffA-Za-z]{{2,20}}?{_ORG_END}(?:[\u4e00-\u9fff]{{0,4}}?{_ORG_END})?")
# what may stand between a clause start and its subject: a time or a discourse word
_LEAD_IN = (r"(?:同时|此外|另外|其中|目前|近期|今年|去年|近年来|[一二三四五六七八九十]是)?"
            r"(?:\d{4}年(?:上半年|下半年|底|初|\d{1,2}月(?:\d{1,2}日)?)?)?")
# what may stand between a subject and its partner: 区科技局每年联合…, 市发改委积极会同…
_ADVERB = r"(?:每年|定期|积极|先后|多次|共同|主动|还|也|将|已|持续|不定期)?"
_SUBJECT = re.compile(
    rf"(?:^|(?<=[。;:,!?\n]))(?:{_LEAD_IN})?(?P<all>(?P<first>{_AG})(?:{_ADVERB}(?:联合|会同|与|和|及|、)(?:{_ORG}|{_AG}))*)(?=[^的等之,。、])"
)
_SUFFIXED = re.compile(r"(?:局|委|办|厅|部|署|政府|管委会|委员会|中心|行|会|院|司)$")
_LABEL_LINE = re.compile(r"(?:^|\n)(?P<body>(?:[^()\n]*?)(?:牵头单位|牵头部门|责任单位|责任部门|配合单位)\s*:[^\n]*)")
_JOINERS = re.compile(rf"({_ADVERB}(?:联合|会同|与|和|及|、))")
_ORG_TAIL = re.compile("(?:" + _ORG + ")$")
_CONVENTION_CACHE: dict[int, tuple[object, bool]] = {}


def _lead_convention(ctx: DocContext) -> bool:
    """Whether the document says that the first listed unit is the lead (cached per text)."""
    key = id(ctx.nt)
    hit = _CONVENTION_CACHE.get(key)
    if hit is not None and hit[0] is ctx.nt:
        return hit[1]
    found = bool(LEAD_CONVENTION.search(ctx.text))
    if len(_CONVENTION_CACHE) > 32:
        _CONVENTION_CACHE.clear()
    _CONVENTION_CACHE[key] = (ctx.nt, found)
    return found


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
    protected = [(m.start(), m.end()) for m in _COLLECTIVE.finditer(text) if m.end() - m.start() > 2]
    protected += [(m.start() + 1, m.end() - 1) for m in _INNER_LIST.finditer(text)]  # X(Y、Z): one unit, two plates
    protected += [(m.start() + 1, m.end() - 1) for m in _INCLUDES.finditer(text)]
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
            pieces.append((name, base + pos + raw.index(name), m is None or m.group(0) != "、", m.group(0) if m else ""))
        if m:
            pos = m.end()
    out: list[tuple[str, int, str]] = []
    group: list[tuple[str, int]] = []
    prefix = ""
    for name, off, closes, sep in pieces:
        group.append((name, off))
        if not closes:
            continue
        suffix = _SHARED_SUFFIX.search(group[-1][0])
        # 省发展改革、工业和信息化部门; 商务、国资等相关部门: functions that the list's 部门 makes departments
        departments = _ROLE_TAIL.sub("", group[-1][0]).endswith("部门") or "部门" in sep
        for k, (g, o) in enumerate(group):
            full = g
            if suffix and k < len(group) - 1 and not is_agency_suffixed(g):
                full = g + suffix.group(1)
            elif departments and is_function_word(g):
                full = g + "部门"
            tier = _TIER.match(full)
            if tier:
                prefix = tier.group(0)
            elif prefix and is_bare_body(_ROLE_TAIL.sub("", full)):  # 、商务厅负责: the role word is not the name's
                full = prefix + full
            out.extend(_included(g, o, full))
        group = []
    return out


def _included(name: str, off: int, full: str) -> list[tuple[str, int, str]]:
    """``X(含Y、Z)`` as X, Y and Z; any other unit as itself."""
    m = _INCLUDES.search(name)
    tail = name[m.end():] if m else ""
    if not m or (tail and not _ROLE_TAIL.fullmatch(tail)):
        return [(name, off, full)]
    head = name[: m.start()]
    inner = split_units(m.group("y"), off + m.start("y"))
    if tail and inner:  # 各区政府(含A、B)负责: the role word closes the whole group
        n, o, f = inner[-1]
        inner[-1] = (n + tail, o, f + tail)
    return [(head, off, full[: len(full) - len(name) + len(head)])] + inner


def is_agency_suffixed(name: str) -> bool:
    """Whether a unit name already ends with an agency word (局, 委, 管委会 ...)."""
    return bool(_SUFFIXED.search(name))


def _role_words(units: list[tuple[str, int, str]]) -> dict[int, str]:
    """Roles that units state themselves: X牵头 (lead), Y配合 (co), Z按职责分工负责 (co).

    A role word after the last unit of a 、 group applies to the whole group.
    """
    out: dict[int, str] = {}
    group: list[int] = []
    for k, (name, _, _) in enumerate(units):
        group.append(k)
        m = _ROLE_TAIL.search(name)
        if m:
            role = "lead" if "牵头" in m.group("w") else "co"
            for g in group:
                out[g] = role
            group = []
    return out


def _add(found: list, ctx: DocContext, resolver: AgencyResolver, name: str, off: int, full: str, role: str) -> None:
    """Note a mention; :func:`_merge` orders and deduplicates them."""
    k = len(name) - len(name.lstrip("[【"))  # [市发展改革委、各区政府负责]: the bracket is no part of a name
    name, off, full = name[k:], off + k, full.lstrip("[【")
    if name.strip() and not _GENERIC_UNIT.search(name):  # 等按职责分工负责: the role word alone is no unit
        found.append((off, name, full, role))


def _merge(mentions: list, ctx: DocContext, resolver: AgencyResolver) -> tuple[Responsibility, ...]:
    found: dict[str, Responsibility] = {}
    home = resolver.home if resolver is not None else None
    parent = home is not None and any(resolver.normalize(m[2]) == home for m in mentions
                                      if not _DIVISION_NAME.match(m[1]))
    for off, name, full, role in sorted(mentions, key=lambda m: m[0]):
        if parent and _DIVISION_NAME.match(name):
            continue  # 基层处 beside 市卫生健康委 (the issuer): its division, not a unit of its own
        _keep(found, ctx, resolver, name, off, full, role)
    return tuple(found.values())


def _keep(found: dict[str, Responsibility], ctx: DocContext, resolver: AgencyResolver, name: str, off: int,
          full: str, role: str) -> None:
    norm = resolver.normalize(full)
    if norm in SELF_REFERENCES:
        return  # 我委 in a text that does not say who "we" are: no unit can be named
    old = found.get(norm)
    if old is None:
        found[norm] = Responsibility(name, norm, role, ctx.evidence(off, off + len(name)))  # type: ignore[arg-type]
    elif role == "lead" and old.role != "lead":
        found[norm] = Responsibility(old.name, norm, "lead", old.evidence)


def _labelled(body: str, base: int, lead_first: bool, found: dict, ctx: DocContext, resolver: AgencyResolver,
              need_agencies: bool) -> bool:
    """Units of a responsibility list (with or without labels); False when it is not one."""
    body_clean = _NOTE.sub(lambda m: " " * len(m.group(0)), body)
    body_clean = _BRACKET_NOTE.sub(lambda m: " " * len(m.group(0)), body_clean)
    labels = list(_LABEL.finditer(body_clean))
    chunks: list[tuple[str | None, int, int]] = []
    if not labels:
        chunks.append((None, 0, len(body_clean)))
    else:
        if labels[0].start() > 0 and body_clean[: labels[0].start()].strip(" ,;"):
            chunks.append((None, 0, labels[0].start()))
        for k, m in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(body_clean)
            chunks.append((m.group("lab"), m.end(), end))
    units: list[tuple[str, int, str, str]] = []
    for lab, a, b in chunks:
        part = body_clean[a:b].rstrip(" ,;。")
        split = split_units(part, base + a)
        marked = _role_words(split)
        for k, (name, off, full) in enumerate(split):
            if k in marked:
                role = marked[k]
                name, full = _ROLE_TAIL.sub("", name), _ROLE_TAIL.sub("", full)
            elif lab in _LEAD_LABELS:
                role = "lead"
            elif lab in _CO_LABELS:
                role = "co"
            else:
                role = "lead" if lead_first and k == 0 and lab is None or lead_first and k == 0 and lab in (
                    "责任单位", "责任部门") else "co"
            units.append((name.strip(), off, full.strip(), role))
    if not units:
        return False
    if need_agencies and not labels:
        named = [u for u in units if not _GENERIC_UNIT.search(u[0])]
        agencies = sum(1 for u in named if resolver.is_agency(u[2]) or _is_collective_unit(u[0]))  # 各有关部门
        if not named or agencies * 2 <= len(named) or not resolver.is_agency(named[0][2]):
            return False
    for name, off, full, role in units:
        _add(found, ctx, resolver, name, off, full, role)
    return True


def _add_named(found: list, ctx: DocContext, resolver: AgencyResolver, units: list[tuple[str, int, str]],
               first_leads: bool = False) -> None:
    """Note every unit when each one is a named agency (not 有关部门, not a clause such as 必要时经…)."""
    if units and all(is_agency(f) and not _NOT_IN_NAME.search(n) and not _GENERIC_UNIT.search(n) for n, _, f in units):
        for k, (name, off, full) in enumerate(units):
            _add(found, ctx, resolver, name, off, full, "lead" if first_leads and k == 0 else "co")


def _plan(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver, found: dict) -> bool:
    text = ctx.text
    s, e = span.start, span.end
    seg = _blank_labels(text[s:e])  # 第六条市财政局…: the label is no name
    lead_first = _lead_convention(ctx)
    listed = False  # a bracket or a labelled line lists the units
    for m in _PAREN.finditer(seg):
        key = "body" if m.group("body") is not None else "sq"
        body = m.group(key)
        labelled = bool(_LABEL.search(body))
        closes = bool(_PARA_END.match(seg, m.end()))
        if not labelled and not closes:
            continue
        listed = _labelled(body, s + m.start(key), lead_first, found, ctx, resolver, need_agencies=not labelled) or listed
    for m in _LABEL_LINE.finditer(seg):
        if m.group("body").lstrip().startswith("("):
            continue
        body = m.group("body")
        first_label = _LABEL.search(body)
        if first_label and first_label.start() > 8:
            continue
        listed = _labelled(body, s + m.start("body"), lead_first, found, ctx, resolver, need_agencies=False) or listed
    for m in _BY_LEAD.finditer(seg):
        units = split_units(m.group("x"), s + m.start("x"))
        for k, (name, off, full) in enumerate(units):
            if is_agency(full):
                _add(found, ctx, resolver, name, off, full, "lead" if k == 0 else "co")
        w = _WITH.match(seg, m.end())
        if w and units and is_agency(units[0][2]):
            for name, off, full in split_units(w.group("y"), s + w.start("y")):
                if is_agency(full) and not _GENERIC_UNIT.search(name):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in _BY_WITH.finditer(seg):
        if "牵头" in m.group(0):
            continue
        x = split_units(m.group("x"), s + m.start("x"))
        if x and all(is_agency(f) and not _NOT_IN_NAME.search(n) for n, _, f in x):
            for name, off, full in x + split_units(m.group("y"), s + m.start("y")):
                if is_agency(full) and not _GENERIC_UNIT.search(name):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in _SUBJ_WITH.finditer(seg):
        x = split_units(_ROLE_TAIL.sub("", m.group("x")), s + m.start("x"))
        if x and all(is_agency(f) and not _NOT_IN_NAME.search(n) for n, _, f in x):
            lead = "牵头" in m.group(0)
            for name, off, full in x:
                _add(found, ctx, resolver, name, off, full, "lead" if lead else "co")
            for name, off, full in split_units(m.group("y"), s + m.start("y")):
                if is_agency(full) and not _GENERIC_UNIT.search(name):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in _X_LEADS.finditer(seg):  # 区建交委牵头负责…, 国家发展改革委、国家能源局负责牵头…: the first leads
        _add_named(found, ctx, resolver, split_units(m.group("x"), s + m.start("x")), first_leads=True)
    for m in _LEADS_OTHERS.finditer(seg):  # (区绿化市容局:) …牵头区建管委、区交通委,每周开展联合执法
        _add_named(found, ctx, resolver, _plain_units(m.group("y"), s + m.start("y")))
    for m in _APPROVED_BY.finditer(seg):  # 经X、Y和Z联合批准
        _add_named(found, ctx, resolver, split_units(m.group("x"), s + m.start("x")))
    for m in _SEATED.finditer(seg):
        units = split_units(m.group("x"), s + m.start("x"))
        if units and all(is_agency(f) for _, _, f in units):
            for name, off, full in units:
                _add(found, ctx, resolver, name, off, full, "co")
    for m in _X_LEAD_Y_CO.finditer(seg):
        x = split_units(m.group("x"), s + m.start("x"))
        if x and all(is_agency(f) for _, _, f in x):
            for name, off, full in x:
                _add(found, ctx, resolver, name, off, full, "lead")
            for name, off, full in split_units(m.group("y"), s + m.start("y")):
                if is_agency(full):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in _BY_DUTY.finditer(seg):
        units = split_units(m.group("x"), s + m.start("x"))
        if units and all(is_agency(f) and not _GENERIC_UNIT.search(n) and len(n) <= 24 for n, _, f in units):
            for name, off, full in units:
                _add(found, ctx, resolver, name, off, full, "co")
    return listed


# a section that gives each unit its duties: 职责分工, 分工与职责, 部门职责
DUTY_SECTION = re.compile(r"职责分工|分工与职责|部门职责|责任分工|职责任务|各方职责|工作职责|职责与分工|分工负责")
# a unit opening a paragraph (in an article: a sentence) as its subject: 区城管执法局依法对…,
# 区住房保障房屋管理局指导…, 市发展改革委(市粮食和物资储备局)负责… (the second plate in brackets is dropped)
def _subject_before(starts: str, verbs: str) -> re.Pattern[str]:
    """A unit opening a sentence (after one of ``starts``) as the subject of one of ``verbs``."""
    return re.compile(rf"(?:^|[{starts}])\s*(?:[一二三四五六七八九十]是|请)?(?P<x>[^,。;:()\n](?:[^,。;:()\n]|[(][^()\n]{{1,3}}[)]){{1,39}}?)(?:[(](?![市区县州盟旗、]+[)])[^()]{{2,20}}[)])?(?={verbs})")


_PARA_SUBJECT = _subject_before("\n。", "负责|依法|指导|要|应|牵头|做好|加强|履行|对|是|会同|督促|组织|落实|配合|承担|统筹|按照"
                                        "|审核|核实|核查|受理|收到|发布|公布|制定|评估|出具|定期|每年|在|可以|根据")
# in a plan's prose, a sentence whose subject commits: 各级知识产权管理部门要…, 国家知识产权局将…
_PROSE_SUBJECT = _subject_before("\n。;,", "要|将|应当|应(?!用|对)|负责|牵头|会同|按照职责|依法|建立|加强|做好|开展|推进|组织|制定|落实|指导"
                                          "|统筹|协调|督促|是")
_DIVISION_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:(?<!办事)处|(?<!实验|工作|活动|会议)室|科)$")
_COLLECTIVE_UNIT = re.compile(r"^(?:(?:国务院|[省市区县]政府|[省市区县]人民政府|[省市区县]委)?各[\u4e00-\u9fff、()]{0,16}?"
                              r"(?:部门|单位|人民政府|政府|管委会|机构|办事处|街道|乡镇|街镇|镇|地区|地|高校|高等学校|院校|城市))$")
# 市高校毕业生公共就业服务机构, 长宁区住房保障事务中心: a public institution named with its tier, acting in an article
_PUBLIC_BODY = re.compile(r"^[\u4e00-\u9fff]{0,6}?[市区县省][\u4e00-\u9fff]{2,20}(?:服务中心|事务中心|管理中心|服务机构|管理机构|管理站|管理所|检验中心|检测中心|监测中心)$")
_CLAUSE_IN = re.compile(r"支持|按照|根据|推动|加快|鼓励|引导")  # 支持象州县按照我区…布局: a clause, not a subject
_NOT_IN_NAME = re.compile(r"[由经的时将在向从被把]|必要|应当|可以")  # 必要时经市发展改革委: a clause, not a name
_ARTICLE_ID = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条$")
_ARTICLE_LABEL = re.compile(r"(?:^|(?<=\n))\s*第[一二三四五六七八九十百零〇\d]+条(?:\s*[(][^()\n]{1,20}[)])?")


# 区建管委、区水务局等建设主管部门: the list names the units, the tail describes them
_DESCRIBED_TAIL = re.compile(r"等[\u4e00-\u9fff]{0,10}(?:部门|单位|机构)$")
_QUALIFIER = re.compile(r"[(][\u4e00-\u9fff]{1,6}[)]$")  # 区公安分局(交管): the unit, its branch of work


def _plain_units(text: str, base: int) -> list[tuple[str, int, str]]:
    """:func:`split_units` without a unit's trailing qualifier (区公安分局(交管) is 区公安分局)."""
    return [(n, o, f) if is_tier_collective(n) else (_QUALIFIER.sub("", n), o, _QUALIFIER.sub("", f))
            for n, o, f in split_units(text, base)]


def _heading_units(head: str, off: int, resolver: AgencyResolver) -> list[tuple[str, int, str]]:
    """The units a duty heading names (区绿化市容局; 各街道办事处职责; 区建管委、区交通委等建设主管部门)."""
    if off < 0:
        return []
    if names_a_unit(head):
        return split_units(DUTY_OF.sub("", head), off)
    body = _DESCRIBED_TAIL.sub("", DUTY_OF.sub("", head.strip(" 。:")))
    if not body or len(body) > 60:
        return []
    units = _plain_units(body, off)
    if units and all(resolver.is_agency(f) and not _NOT_IN_NAME.search(n) or _is_collective_unit(n) for n, _, f in units):
        return units
    return []


_PAIRED = re.compile(r"各[^各、,]{1,12}")


def _collectives(x: str, base: int) -> list[tuple[str, int, str]]:
    """各地各高校, 各级各部门: collectives written one after the other without a separator."""
    if not x.startswith("各") or x.count("各") < 2:
        return []
    parts = [(m.group(0), base + m.start(), m.group(0)) for m in _PAIRED.finditer(x)]
    if "".join(p[0] for p in parts) != x or not all(_is_collective_unit(p[0]) for p in parts):
        return []
    return parts


# 市发展改革委(市粮食和物资储备局): one office with a second plate; prose names it by the first
_SECOND_PLATE = re.compile(r"(?<=[局委办厅])[(][^()、,]{2,20}?(?:局|委|办|厅|委员会|办公室)[)]")
_OWN_BRANCHES = re.compile(r"及其(?:分支|下属|所属|派出)机构$")


_ITEM_LABEL = re.compile(r"(?:^|(?<=\n))\s*(?:\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、)(?!\d)")


def _blank_labels(seg: str) -> str:
    """A measure's text with article labels and second plates blanked (offsets kept)."""
    seg = _ARTICLE_LABEL.sub(lambda m: " " * len(m.group(0)), seg)
    seg = _ITEM_LABEL.sub(lambda m: " " * len(m.group(0)), seg)
    return _SECOND_PLATE.sub(lambda m: " " * len(m.group(0)), seg)


# 省级能源主管部门, 地方各级财政部门, 属地交通运输主管部门: the bodies of a tier, by function
_TIER_BODIES = re.compile(r"^(?:地方各级|地方|各级|省级|市级|县级|区级|属地|同级)[\u4e00-\u9fff]{2,12}?(?:主管部门|管理部门|部门)$")
# 国家能源局各派出机构: a body's branches
_BRANCHES = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:局|部|委|署)各(?:派出机构|分支机构|直属单位|地方监管局|监管局|分局)$")


def _is_collective_unit(name: str) -> bool:
    """各有关部门, 各地交通运输主管部门, 各街道办事处, 省级能源主管部门, 国家能源局各派出机构: a collective
    written as a unit (not 各地不得…)."""
    s = name.strip()
    return bool(_COLLECTIVE_UNIT.match(s) or _TIER_BODIES.match(s) or _BRANCHES.match(s) or is_tier_collective(s))


_SECOND_PERSON = re.compile(r"你(?:市|省|区|县|州|盟|旗|局|委|厅|办)")
# the salutation that opens a letter: 鹰潭市人民政府: (one body; not 各市、县(区)人民政府,省政府各部门:)
_SALUTATION = re.compile(r"(?:^|\n)\s*(?P<x>[^\n:,、。]{4,30}?(?:人民政府|政府|管委会|管理委员会|局|委员会|委|厅|办公室))\s*:\s*(?:\n|$)")


def _addressee(ctx: DocContext) -> str | None:
    """The one body a letter is addressed to, named in its opening lines."""
    m = _SALUTATION.search(ctx.text[:600])
    return m.group("x") if m and is_agency(m.group("x")) and not m.group("x").startswith("各") else None


def _duties(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver, found: dict, listed: bool = False) -> None:
    """A unit's duties: the unit a heading names (区绿化市容局 / X职责), and in a 职责分工 section the unit
    that opens each paragraph."""
    text = ctx.text
    head = span.title
    first_line = text[span.start:span.end].split("\n", 1)[0]
    line = _ITEM_LABEL.sub("", first_line).strip().rstrip(" 。:")
    if head and line.startswith(head) and "。" not in line:  # the heading names the units whose duties follow
        for n, o, f in _heading_units(line, text.find(line, span.start, span.end), resolver):
            _add(found, ctx, resolver, n, o, f, "co")
    article = bool(_ARTICLE_ID.match(span.id))
    prose = not listed and not getattr(span, "units", ())  # no parenthesis or table names a unit: the prose does
    if not DUTY_SECTION.search(head) and not article and not prose:
        return
    seg = _blank_labels(text[span.start:span.end])
    pattern = _PARA_SUBJECT if DUTY_SECTION.search(head) or article else _PROSE_SUBJECT
    for m in pattern.finditer(seg):
        x = _OWN_BRANCHES.sub("", m.group("x"))
        base = span.start + m.start("x")
        if _SECOND_PERSON.fullmatch(x.strip()):  # 你市要加强…: in a 批复, the body the letter answers
            whom = _addressee(ctx)
            if whom:
                _add(found, ctx, resolver, x.strip(), base + x.index(x.strip()), whom, "co")
            continue
        if _is_collective_unit(x) and x.count("各") == 1 and x.endswith(("部门", "单位", "机构")):
            units = [(x, base, x)]  # 各盟市、旗县(区)财政主管部门: one collective
        else:
            units = _collectives(x, base) or _plain_units(x, base)  # 嘉定新城(马陆镇)
        if units and all((resolver.is_agency(f) or _is_collective_unit(n) or _PUBLIC_BODY.match(n))
                         and not _NOT_IN_NAME.search(n)
                         for n, _, f in units):
            for name, off, full in units:
                _add(found, ctx, resolver, name, off, full, "co")


def _reply(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver, found: dict) -> None:
    seg = ctx.text[span.start: span.end]
    for m in _SUBJECT.finditer(seg):
        whole = m.group("all")
        base = span.start + m.start("all")
        parts = _JOINERS.split(whole)
        pos = 0
        for piece in parts:
            if piece and not _JOINERS.fullmatch(piece):
                if piece in SELF_REFERENCES or (is_agency(piece) or _ORG_TAIL.search(piece)) and not _CLAUSE_IN.search(piece):
                    _add(found, ctx, resolver, piece, base + pos, piece, "co")
            pos += len(piece)


def extract_responsible(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver) -> tuple[Responsibility, ...]:
    """The responsible units of one measure, in the order the text names them.

    Parameters
    ----------
    ctx : DocContext
        The document.
    span : MeasureSpan
        The measure; its ``genre`` (``plan`` or ``reply``) selects the conventions.
    resolver : AgencyResolver
        Normalises names against the document's jurisdiction and issuer.

    Returns
    -------
    tuple of Responsibility
        One per agency (deduplicated on the normalised name), ``role`` ``lead`` only where the text marks it.
    """
    found: list = []
    if getattr(span, "genre", "plan") == "reply":
        _reply(ctx, span, resolver, found)
    else:
        _duties(ctx, span, resolver, found, _plan(ctx, span, resolver, found))
    _table_units(ctx, span, found)
    _same_below(ctx, found)
    return _merge(found, ctx, resolver)


# 各区政府(含大鹏新区管委会、深汕特别合作区管委会,下同): the units included once are included wherever the collective recurs
_SAME_BELOW = re.compile(r"(?P<x>各[\u4e00-\u9fff]{1,8}?(?:人民政府|政府|管委会))[(](?:含|包括)(?P<y>[^()]{2,60}?),下同[)]")
_SAME_BELOW_CACHE: dict[int, tuple[object, dict]] = {}


def _same_below(ctx: DocContext, found: list) -> None:
    """Add the units a ``下同`` note includes in a collective to every later mention of that collective."""
    key = id(ctx.nt)
    hit = _SAME_BELOW_CACHE.get(key)
    if hit is None or hit[0] is not ctx.nt:
        rules = {m.group("x"): (m.start(), split_units(m.group("y"), m.start("y")))
                 for m in _SAME_BELOW.finditer(ctx.text)}
        if len(_SAME_BELOW_CACHE) > 32:
            _SAME_BELOW_CACHE.clear()
        hit = _SAME_BELOW_CACHE[key] = (ctx.nt, rules)
    rules = hit[1]
    if not rules:
        return
    for off, name, _full, role in list(found):
        rule = rules.get(_ROLE_TAIL.sub("", name))
        if rule and off > rule[0]:
            for n, o, f in rule[1]:
                found.append((o, n, f, "co" if role == "lead" else role))


def _table_units(ctx: DocContext, span: MeasureSpan, found: list) -> None:
    """Units from task-table cells: the first unit of a 牵头 cell leads (the first of X、Y牵头), the rest act.

    A unit with its second name in brackets, 区委组织部(区公务员局), is two units (one office, two names).
    """
    lead_first = _lead_convention(ctx)
    for a, b, role in getattr(span, "units", ()):
        for k, (name, off, full) in enumerate(split_units(ctx.text[a:b], a)):
            first = k == 0 and (role == "lead" or role == "list" and lead_first)
            for n, o, f in _aliases(name, off, full):
                _add(found, ctx, None, n, o, f, "lead" if first else "co")  # type: ignore[arg-type]
                first = False


_ALIAS = re.compile(r"^(?P<x>[^()]{2,20})[(](?P<y>[^()]{2,40})[)]$")


def _aliases(name: str, off: int, full: str) -> list[tuple[str, int, str]]:
    m = _ALIAS.match(name)
    if not m or not is_agency(m.group("x")):
        return [(name, off, full)]
    inner = split_units(m.group("y"), off + m.start("y"))
    if not inner or not all(is_agency(f) for _, _, f in inner):
        return [(name, off, full)]
    x = m.group("x")
    return [(x, off, full[: len(full) - len(name) + len(x)] if full.endswith(name) else x)] + inner
