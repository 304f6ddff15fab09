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
>>> from policykg.loaders.gazetteers.agencies import AgencyResolver
>>> from policykg.loaders.structure.measures import DUTY_OF, MeasureSpan, names_a_unit
>>> from policykg.schema.models import Jurisdiction
>>> ctx = DocContext("d", normalize("加强组织领导。由市工信局牵头,市财政局配合。(牵头单位:市工信局;配合单位:市科技局)"))
>>> r = AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",)))
>>> [(x.name, x.normalized, x.role) for x in extract_responsible(ctx, MeasureSpan("1", "", 0, len(ctx.text)), r)]
[('市工信局', '苏州市工业和信息化局', 'lead'), ('市财政局', '苏州市财政局', 'co'), ('市科技局', '苏州市科学技术局', 'co')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from policykg.loaders.context import DocContext
from policykg.loaders.facts.responsibility_prose import GUIDE_UNITS, blank_labels, duties, reply_subjects
from policykg.loaders.facts.standing_notes import BELOW_ALL, below_all, per_text, same_below
from policykg.loaders.facts.unit_lists import (
    _GENERIC_UNIT,
    _NOT_IN_NAME,
    _ROLE_TAIL,
    DEFINED_NOTE,
    _add,
    _is_collective_unit,
    _plain_units,
    _role_words,
    split_units,
)
from policykg.loaders.gazetteers.agencies import SELF_REFERENCES, AgencyResolver, is_agency
from policykg.loaders.prefilter import finditer, matches_near
from policykg.loaders.structure.measures import MeasureSpan
from policykg.schema.models import Responsibility

__all__ = ["extract_responsible", "split_units", "LEAD_CONVENTION"]

LEAD_CONVENTION = re.compile(
    r"(?:排在|排|列|位列|列在|排名|位于|排列|所列|名列)?(?:第一位|第一个|第一家|首位|首个|第一)(?:(?:个)?逗号前)?(?:的|者)?(?:单位|部门)?(?:为|是)"
    r"(?:牵头|主责|主要责任)(?:责任)?(?:单位|部门)"
    r"|(?:排在|列|位列|列在|排名|所列)(?:第一位|第一个|首位|第一)的?(?:单位|部门)(?:负责)?牵头"
)
_DUTY_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])[。]?\s*(?:按照?职责分工|按职责|依职责)$")
_FIRST = re.compile(r"第一|首[位个]")  # every LEAD_CONVENTION match holds one within its first three characters
_LABEL_TAIL = r"(?:及(?:承办|协办|配合)?(?:科室|处室|单位|部门))?"  # 责任单位及承办科室:
_LABEL = re.compile(
    r"(?P<lab>(?:牵头|主责|主办)(?:责任|负责|考核|推进)?(?:单位|部门)|主要责任单位|主要责任部门|责任单位|责任部门|负责单位|负责部门|实施单位|实施部门"
    r"|执行单位|执行部门|承办单位|落实单位|落实部门|责任主体|实施主体|配合单位|配合部门|参与单位|参与部门|协同单位|协同部门|协办单位"
    r"|协办部门|协助单位)" + _LABEL_TAIL + r"\s*[:]"
)
_LEAD_LABELS = tuple(f"{a}{b}{c}" for a in ("牵头", "主责", "主办") for b in ("", "责任", "负责", "考核", "推进") for c in ("单位", "部门")) + (
    "主要责任单位", "主要责任部门")  # 牵头责任单位 too
_CO_LABELS = ("配合单位", "配合部门", "参与单位", "参与部门", "协同单位", "协同部门", "协办单位", "协办部门", "协助单位")
_PAREN = re.compile(r"[(](?P<body>(?:[^()]|[(][^()]*[)])*)[)]"
                    r"|[\[【〔](?P<sq>[^\[\]【】〔〕()]*(?:[(][^()]*[)][^\[\]【】〔〕()]*)*)[\]】〕]"  # [市发展改革委、各区政府(含…)负责], 〔责任单位:…〕
                    r"|[(](?P<mx>(?:[^()\[\]〔〕\n]|[(][^()\n]*[)])*)[\]〕](?=\s*(?:\n|$))")  # (责任单位:…] closed by another bracket
_ROLE_END = re.compile(r"(?:负责|牵头|配合|参与|协助|落实)$")
_SCHEDULE = re.compile(r"[,;]\s*(?:\d{4}年|\d{1,2}月|今年|明年|年底|年内|长期|持续|常态化|按年度|逐年|分阶段|分年度)[^()]*$")
_PARA_END = re.compile(r"\s*(?:[。;]|[。;]?\s*(?:\n|$))")
_NOTE = re.compile(r"[(][^()]*(?:牵头|第一位|首位)[^()]*[)]")
_BRACKET_NOTE = re.compile(r"(?:^|[。;,])[^。;,、()]*?(?:第一位|第一个|首位|下同|不再列出|不再一一列出|分别负责)[^。;()]*")
# (银保监会负责,完成时间:2019年9月底前): the deadline after the units is no unit
_TIME_NOTE = re.compile(r"[,;。]\s*(?:完成时间|完成时限|时间节点|时限要求|完成期限|进度安排|时间安排)\s*:[^()]*$")
_BY_LEAD = re.compile(r"由(?:所涉及的|所涉及|相关的)?(?P<x>[^,。;:由]{2,160}?)牵头")
# 由X会同Y发布…: both act, neither is marked lead; 领导小组办公室设在X: X carries the work
_BY_WITH = re.compile(r"(?:由|经)(?P<x>[^,。;:由()]{2,30}?)(?:会同|联合|协同)(?P<y>[^,。;:()]{2,60}?)"
                      r"(?=等|共同|组织|开展|发布|制定|建立|负责|研究|做好|推进|实施|规定|另行|确定|拟定|编制|[,。;:(]|$)")
# X会同Y… / X负责,会同Y… at the start of a clause (no 由): both act, neither is marked lead
# 会同商务、国资等相关部门: the list's 部门 is kept, it makes its functions departments
_DEPTS = r"(?:等(?:相关|有关|其他)?部门)?"
_SUBJ_WITH = re.compile(r"(?:^|(?<=[,。;:!?\n]))(?P<x>(?:[^,。;:()由]|[(][市区县旗、]{1,3}[)]){2,30}?)(?:负责|牵头|要|应当|将)?[,]?(?:会同|联合|协同)"
                        r"(?P<y>[^,。;:()]{2,60}?" + _DEPTS + r")(?:(?<=部门)|(?=等|共同|组织|开展|发布|制定|建立|负责|研究|做好|推进|实施|规定|另行|确定|拟定|编制|结合|按照|根据|督促|指导|加强|[,。;:(]|$))")
_SEATED = re.compile(r"(?:办公室|专班|秘书处|[\u4e00-\u9fff]{1,3}办)(?:设在|设于)(?P<x>[^,。;:()]{2,30}?)(?=[,。;]|负责|$)")
# 经X、Y和Z联合批准: the approving units act
_APPROVED_BY = re.compile(r"经(?P<x>[^,。;:经由()]{2,60}?)(?:联合|共同)?(?:批准|审核|审定|核准|同意)")
# 经(上)报区政府批准, 经X审核后报Y: a report upward; the unit that reports is the one that acts
_REPORTED_TO = re.compile(r"(?:上报|报送|报请|呈报|请示|报)(?=[\u4e00-\u9fff]{2,20}$)")
_ACTOR_FIRST = re.compile(r"^(?P<u>[\u4e00-\u9fff、]{2,30}?(?:局|委|办|厅|政府|管委会|中心))(?=[\u4e00-\u9fff]{0,6}$)")
# X牵头负责 / X、Y负责牵头 opening a clause (not 由X牵头, which _BY_LEAD reads)
_X_LEADS = re.compile(r"(?:^|(?<=[,。;:\n]))\s*(?P<x>[^,。;:()由\n]{2,40}?)(?:负责牵头|牵头负责|牵头)(?!单位|部门)")
# a sentence opening with 牵头 names the units the subject leads: 牵头区建管委、区交通委,每周开展…
_LEADS_OTHERS = re.compile(r"(?:^|[。;\n])\s*(?:负责)?牵头(?P<y>[^,。;:()]{2,80}?(?:[(][^()]{1,8}[)])?)(?=[,。;]|等|共同|开展|建立)")
# 由X牵头,会同Y…: the units X works with are co-responsible
_WITH = re.compile(r"\s*[,、]?\s*(?:会同|联合|协同|组织)(?P<y>[^,。;:()]{2,120}?" + _DEPTS
                   + r")(?:(?<=部门)|(?=等|共同|组织|开展|建立|制定|负责|研究|做好|推进|[,。;:(]|$))")
_X_LEAD_Y_CO = re.compile(r"(?:^|[,。;:(\n])(?:由)?(?P<x>[^,。;:()由\n]{2,40}?)牵头\s*[,]\s*(?P<y>[^,。;:()]{2,160}?)(?:等)?(?:配合|参与|参加|协同)")
_BY_DUTY = re.compile(r"(?:^|[,。;:\n])\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:由)?(?!以下)(?P<x>[^,。;:()由\n]{2,60}?)(?:等)?(?:按职责分工|按照职责分工|按职责|分别|共同)?"
                      r"(?:负责|主责)(?!人)")
_LABEL_LINE = re.compile(r"(?:^|\n|(?<=[。)]))(?P<body>(?:[^()\n。]*?)(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|执行单位|实施单位"
                         r"|配合部门|参与单位|参与部门|协同单位|协同部门|协办单位|协办部门|落实单位|落实部门)"
                         + _LABEL_TAIL + r"\s*:[^\n]*?)(?=(?:完成时限|完成时间|时间节点|时限要求|进度安排|时间安排|完成期限)\s*:|\n|$|。"
                         r"|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|(?<!\d)\d{1,2}\.(?!\d)"
                         r"|“[^”\n]{1,20}”[^,、;:。“\n]{0,12}[:。])")
# 一、进一步降低国有企业杠杆率 (a measure's number and title alone, before a label on its line)
_HEADING_ONLY = re.compile(r"(?:\s+|\s*(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[.、]))"
                           r"[^,。;:,()\n]{2,40}?\s*")  # (blank_labels blanks the number)
# …。牵头单位:X配合单位:Y完成时限:; a text run into one line: the next item's label ((二), 三、, 2.) or its
# quoted heading (…通管办“互联网+”医疗卫生:…) ends the list
def _lead_convention(ctx: DocContext) -> bool:
    """Whether the document says that the first listed unit is the lead (cached per text)."""
    return per_text("lead", ctx, lambda text: matches_near(LEAD_CONVENTION, _FIRST, text, 2))


def _merge(mentions: list, ctx: DocContext, resolver: AgencyResolver) -> tuple[Responsibility, ...]:
    found: dict[str, Responsibility] = {}
    home = resolver.home if resolver is not None else None
    parent = home is not None and any(resolver.normalize(m[2]) == home for m in mentions
                                      if not _DIVISION_NAME.match(m[1]))
    for off, name, full, role in sorted(mentions, key=lambda m: m[0]):
        if parent and _DIVISION_NAME.match(name):
            continue  # 基层处 beside 市卫生健康委 (the issuer): its division, not a unit of its own
        _keep(found, ctx, resolver, name, off, full, role)
    return _one_lead(tuple(found.values()))


def _one_lead(units: tuple[Responsibility, ...]) -> tuple[Responsibility, ...]:
    """The first unit marked lead leads; the others a joint lead names (牵头单位:A、B; A、B牵头负责) act
    beside it. A measure has one lead (the shapes, ``measure_leads``, GOLD-GUIDE: the first of X、Y牵头)."""
    leads = [k for k, u in enumerate(units) if u.role == "lead"]
    if len(leads) <= 1:
        return units
    return tuple(replace(u, role="co") if u.role == "lead" and k != leads[0] else u for k, u in enumerate(units))


def _keep(found: dict[str, Responsibility], ctx: DocContext, resolver: AgencyResolver, name: str, off: int,
          full: str, role: str) -> None:
    if DEFINED_NOTE.match(name) or "负责" in name or "是指" in name or "提请" in name:
        return  # (以下统称煤炭工业主管部门): no unit; nor is a duty's own wording cut into a name
    norm = resolver.normalize(full)
    if norm in SELF_REFERENCES:
        return  # 我委 in a text that does not say who "we" are: no unit can be named
    old = found.get(norm)
    if old is None:
        found[norm] = Responsibility(name, norm, role, ctx.evidence(off, off + len(name)))  # type: ignore[arg-type]
    elif role == "lead" and old.role != "lead":
        found[norm] = Responsibility(old.name, norm, "lead", old.evidence)


# a labelled list run into the next paragraph (its indent lost): the list ends at the first clause
_GLUED_CLAUSE = re.compile(r"^(.{2,20}?(?:局|委|办|厅|中心|支行|政府))各(?:地|部门|单位|级|有关)")
_CLAUSE_WORD = re.compile(r"(?<![重主需])要|应当|及时|进一步|高度重视|充分发挥|确保")


def _labelled(body: str, base: int, lead_first: bool, found: dict, ctx: DocContext, resolver: AgencyResolver,
              need_agencies: bool) -> bool:
    """Units of a responsibility list (with or without labels); False when it is not one."""
    body = body.replace("〈", "(").replace("〉", ")")  # 各区人民政府〈含开发区…,下同〉: angle brackets nest (same length)
    body_clean = BELOW_ALL.sub(lambda m: " " * len(m.group(0)), body)  # 以下均需X落实,不再一一列出: a standing note
    body_clean = _NOTE.sub(lambda m: " " * len(m.group(0)), body_clean)
    body_clean = _BRACKET_NOTE.sub(lambda m: " " * len(m.group(0)), body_clean)
    body_clean = _TIME_NOTE.sub(lambda m: " " * len(m.group(0)), body_clean)
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
            name, full = _DUTY_TAIL.sub("", name), _DUTY_TAIL.sub("", full)  # (…、各电网企业。按职责分工,下同)
            starred = name[:1] in "*★"  # (责任单位:*县人力社保局、县科技局): the starred unit leads
            name, full, off = (name[1:], full.lstrip("*★"), off + 1) if starred else (name, full, off)
            if lab is None and labels and not (resolver.is_agency(full) or _is_collective_unit(name)):
                continue  # (5月底取得明显成效,牵头考核单位:X): a time note before the labels names no unit
            if lab is not None and not (resolver.is_agency(full) or _is_collective_unit(name)):
                glued = _GLUED_CLAUSE.match(full)  # …省外办各地、各部门要高度重视…: the closing paragraph glued on
                if glued and resolver.is_agency(glued.group(1)):
                    units.append((name[: len(name) - len(full) + glued.end(1)], off, glued.group(1), "co"))
                if glued or _CLAUSE_WORD.search(name):
                    break
            if k in marked:  # (牵头单位:X、Y按职责分工负责): the label's role, the tail says how they share the work
                role = "lead" if lab in _LEAD_LABELS and not re.search("配合|参与|协同|协助", part[-12:]) else marked[k]
                name, full = _ROLE_TAIL.sub("", name), _ROLE_TAIL.sub("", full)
            elif lab in _LEAD_LABELS:
                role = "lead"
            elif lab in _CO_LABELS:
                role = "co"
            else:
                role = "lead" if lead_first and k == 0 and lab is None or lead_first and k == 0 and lab in (
                    "责任单位", "责任部门") else "co"
            units.append((name.strip(), off, full.strip(), "lead" if starred else role))
    if not units:
        return False
    if need_agencies and not labels:
        named = [u for u in units if not _GENERIC_UNIT.search(u[0])]
        agencies = sum(1 for u in named if resolver.is_agency(u[2]) or _is_collective_unit(u[0]))  # 各有关部门
        if not named or agencies * 2 <= len(named) or not (resolver.is_agency(named[0][2]) or _is_collective_unit(named[0][0])):
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
    """Units a plan's measure lists (brackets, labelled lines) and names in its prose; True when listed."""
    s = span.start
    seg = blank_labels(ctx.text[s:span.end])  # 第六条市财政局…: the label is no name
    listed = _listed(ctx, seg, s, resolver, found)
    for m in finditer(GUIDE_UNITS, ctx.text, s, span.end):  # 实施机构 X、Y (a service guide's field): X and Y act
        if not re.search(r"负责|牵头|配合|参与|协助", m.group("body")):
            listed = _labelled(m.group("body"), m.start("body"), False, found, ctx, resolver, need_agencies=True) or listed
    _by_phrases(ctx, seg, s, resolver, found)
    return listed


def _listed(ctx: DocContext, seg: str, s: int, resolver: AgencyResolver, found: dict) -> bool:
    """Units of responsibility brackets and labelled lines (牵头单位:…); True when any lists units."""
    lead_first = _lead_convention(ctx)
    listed = False
    for m in _PAREN.finditer(seg):
        key = "body" if m.group("body") is not None else "sq" if m.group("sq") is not None else "mx"
        body = _SCHEDULE.sub("", m.group(key))  # (X牵头,Y负责,2018年3月底前完成): the deadline is no unit
        labelled = bool(_LABEL.search(body))
        # a bracket closes its sentence, or says what its units do: (省交通运输厅负责)加快…
        closes = bool(_PARA_END.match(seg, m.end())) or bool(_ROLE_END.search(body)) and seg[:m.start()].rstrip().endswith("。")
        if not labelled and not closes:
            continue
        listed = _labelled(body, s + m.start(key), lead_first, found, ctx, resolver,
                           need_agencies=not labelled and not _ROLE_END.search(body)) or listed
    for m in finditer(_LABEL_LINE, seg):
        if m.group("body").lstrip().startswith(("(", "[", "【", "〔")):
            continue
        body = m.group("body")
        first_label = _LABEL.search(body)
        if first_label and first_label.start() > 8 and not (m.start("body") == 0 and _HEADING_ONLY.fullmatch(
                body[: first_label.start()])):
            continue  # (一、降低杠杆率 责任单位:X: a heading's own line may carry its units)
        listed = _labelled(body, s + m.start("body"), lead_first, found, ctx, resolver, need_agencies=False) or listed
    return listed


def _by_phrases(ctx: DocContext, seg: str, s: int, resolver: AgencyResolver, found: dict) -> None:
    """Units the prose names by a phrase of responsibility: 由X牵头, X会同Y, 经X批准, 设在X, X牵头、Y配合."""
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
    for m in finditer(_SUBJ_WITH, seg):
        x = split_units(_ROLE_TAIL.sub("", m.group("x")), s + m.start("x"))
        if x and all((is_agency(f) or _is_collective_unit(f)) and not _NOT_IN_NAME.search(n) for n, _, f in x):
            lead = "牵头" in m.group(0)  # (市、县(市)、区教育部门会同…: each tier's department, the lower ones collectives)
            for name, off, full in x:
                _add(found, ctx, resolver, name, off, full, "lead" if lead else "co")
            for name, off, full in split_units(m.group("y"), s + m.start("y")):
                if is_agency(full) and not _GENERIC_UNIT.search(name):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in finditer(_X_LEADS, seg):  # 区建交委牵头负责…, 国家发展改革委、国家能源局负责牵头…: the first leads
        x = split_units(m.group("x"), s + m.start("x"))
        _add_named(found, ctx, resolver, x, first_leads=True)
        w = _WITH.match(seg, m.end())  # …牵头,会同国家发展改革委、公安部…等部门: the partners act too
        if w and x and all(is_agency(f) and not _NOT_IN_NAME.search(n) for n, _, f in x):
            _add_named(found, ctx, resolver, [u for u in split_units(w.group("y"), s + w.start("y")) if is_agency(u[2])])
    for m in finditer(_LEADS_OTHERS, seg):  # (区绿化市容局:) …牵头区建管委、区交通委,每周开展联合执法
        _add_named(found, ctx, resolver, _plain_units(m.group("y"), s + m.start("y")))
    for m in _APPROVED_BY.finditer(seg):  # 经X、Y和Z联合批准
        x, base = m.group("x"), s + m.start("x")
        report = _REPORTED_TO.search(x)
        if report:  # 经区规划资源局调查认定报区政府批准: the bureau acts; whom it reports to only approves
            actor = _ACTOR_FIRST.match(x[: report.start()])
            if actor:
                _add_named(found, ctx, resolver, split_units(actor.group("u"), base))
            continue
        _add_named(found, ctx, resolver, split_units(x, base))
    for m in finditer(_SEATED, seg):
        units = split_units(m.group("x"), s + m.start("x"))
        if units and all(is_agency(f) for _, _, f in units):
            for name, off, full in units:
                _add(found, ctx, resolver, name, off, full, "co")
    for m in finditer(_X_LEAD_Y_CO, seg):
        x = split_units(m.group("x"), s + m.start("x"))
        if x and all(is_agency(f) for _, _, f in x):
            for name, off, full in x:
                _add(found, ctx, resolver, name, off, full, "lead")
            for name, off, full in split_units(m.group("y"), s + m.start("y")):
                if is_agency(full):
                    _add(found, ctx, resolver, name, off, full, "co")
    for m in finditer(_BY_DUTY, seg):
        units = split_units(m.group("x"), s + m.start("x"))
        if units and all(is_agency(f) and not _GENERIC_UNIT.search(n) and len(n) <= 24 for n, _, f in units):
            for name, off, full in units:
                _add(found, ctx, resolver, name, off, full, "co")


_DIVISION_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:(?<!办事)处|(?<!实验|工作|活动|会议)室|科)$")


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
        reply_subjects(ctx, span, resolver, found)
    else:
        duties(ctx, span, resolver, found, _plan(ctx, span, resolver, found))
    _table_units(ctx, span, found)
    same_below(ctx, found)
    below_all(ctx, span, found)
    return _merge(found, ctx, resolver)


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
