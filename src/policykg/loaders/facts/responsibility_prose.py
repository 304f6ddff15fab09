"""Responsible units named in prose: subjects of duty sentences, 职责分工 sections, replies' acting bodies.

Where no bracket, label or table lists the units, the text names them as the subject of what they do:
``区城管执法局依法对…``, ``各区要…``, ``国家能源局会同…``, ``你市要…`` (a letter's addressee).

Examples
--------
>>> bool(DUTY_SECTION.search("四、职责分工")), bool(DUTY_SECTION.search("四、保障措施"))
(True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from policykg.loaders.context import SENTENCE_END, DocContext
from policykg.loaders.facts.standing_notes import per_text
from policykg.loaders.facts.unit_lists import (
    _NOT_IN_NAME,
    _add,
    _collectives,
    _is_collective_unit,
    _plain_units,
    split_units,
)
from policykg.loaders.gazetteers.agencies import CENTRAL_NAMES, SELF_REFERENCES, AgencyResolver, is_agency
from policykg.loaders.prefilter import finditer, first_chars, sub
from policykg.loaders.structure.headings import UNIT_LABEL_WORDS
from policykg.loaders.structure.measures import DUTY_OF, MeasureSpan, names_a_unit
from policykg.loaders.structure.reply_items import part_labels

__all__ = ["DUTY_SECTION", "duties", "reply_subjects", "blank_labels"]


# a unit that labels its own task at a sentence's start: 省应急厅:地震易发区应急避难设施建设…迎查资料。
_UNIT_LABEL = re.compile(r"(?:^|(?<=[。;\n]))\s*(?P<x>[\u4e00-\u9fff]{3,24}?(?:厅|局|委|办|公司|中心)):(?![\d\s])")
# replies: an agency as the subject of a clause
_AGENCY_END = r"(?:局|委员会|委|办公室|(?<![举开主承创兴操])办|厅|(?<![全内外干总本个])部|署)"
_CENTRAL_AG = "|".join(map(re.escape, CENTRAL_NAMES))  # 国家能源局会同…, 财政部将…: a central body as a reply's subject
# a verb before a unit that then acts too (…,会同省市场监管局印发…; 要求各市住建部门…), and one before units it steers
_WITH_VERB = r"会同|联合|配合|协助|协同|要求|督促|指导"
_STEERING_VERB = r"统筹|组织|协调|推动|召集"
_AG = (rf"(?:我局|本局|我委|本委|我办|我厅|{_CENTRAL_AG}|(?:[区市县省]委?)[\u4e00-\u9fff]{{1,10}}?{_AGENCY_END}"
       rf"|(?!{_STEERING_VERB}|{_WITH_VERB})[\u4e00-\u9fff]{{2,6}}?[市区县][\u4e00-\u9fff]{{1,12}}?{_AGENCY_END})")
_ORG_END = (r"(?:协会|学会|商会|联合会|联盟|中心|公司|集团|银行|大学|学院|研究院|研究所|交易所|科技园|产业园|孵化器)")
# an institution; a short tail extends it (浙江大学 + 科技园)
_ORG = (r"(?:中国)?人民银行[\u4e00-\u9fff]{0,8}?(?:中心支行|分行|营业管理部|支行)"
        rf"|[\u4e00-\u9fffA-Za-z]{{2,20}}?{_ORG_END}(?:[\u4e00-\u9fff]{{0,4}}?{_ORG_END})?")
# what may stand between a clause start and its subject: a time or a discourse word
_LEAD_IN = (r"(?:同时|此外|另外|其中|目前|近期|今年|去年|近年来|[一二三四五六七八九十]是|如|例如|比如)?"
            rf"(?:{_WITH_VERB})?"  # …,会同省市场监管局印发…: the unit named acts too
            r"(?:\d{4}年(?:上半年|下半年|底|初|\d{1,2}月(?:\d{1,2}日)?)?)?")
# what may stand between a subject and its partner: 区科技局每年联合…, 市发改委积极会同…
_ADVERB = r"(?:每年|定期|积极|先后|多次|共同|主动|还|也|将|已|持续|不定期)?"
_SUBJECT = re.compile(
    rf"(?:^|(?<=[。;:,!?\n]))(?:{_LEAD_IN})?(?P<all>(?P<first>{_AG})(?:{_ADVERB}(?:联合|会同|与|和|及|、)(?:{_ORG}|{_AG}))*)(?=[^的等之,。、])"
)
_LEADS_AFTER = re.compile(r"(?:多次|积极|主动|负责|要|将)?牵头(?!联系人)")
# 联席会议由A、B…等12个部门和单位组成,X为牵头单位: the members act, X leads (X是招商引资工作的总牵头单位 too)
_MEMBERS = re.compile(r"(?:由(?P<y>[^。;:由]{4,300}?)(?:等\d{1,2}个(?:部门|单位)(?:和单位)?)?组成,\s*)?"
                      r"(?:^|(?<=[,。;:\s]))(?P<x>[^,。;:()\s]{2,20}?)(?:为|是)(?:[^,。;:()\s]{1,16}?的)?总?牵头(?:单位|部门)")
_DUTIES_OF = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?P<x>[^,。;:()]{2,40}?)的?(?:主要)?(?:工作)?职责(?:如下|是|为|包括)?\s*:")
_MEMBERS_ONLY = re.compile(r"成员(?:单位)?由(?P<y>[^。;:由]{4,300}?)(?:等\d{1,2}个(?:部门|单位)(?:和单位)?)?(?:组成|构成)(?=[,。;])")
_JOINERS = re.compile(rf"({_ADVERB}(?:联合|会同|与|和|及|、))")
_ORG_TAIL = re.compile("(?:" + _ORG + ")$")


# a section that gives each unit its duties: 职责分工, 分工与职责, 部门职责
DUTY_SECTION = re.compile(r"职责分工|分工与职责|部门职责|责任分工|职责任务|各方职责|工作职责|职责与分工|分工负责")
# a unit opening a paragraph (in an article: a sentence) as its subject: 区城管执法局依法对…,
# 区住房保障房屋管理局指导…, 市发展改革委(市粮食和物资储备局)负责… (the second plate in brackets is dropped)
def _subject_before(starts: str, verbs: str, longest: int = 60) -> re.Pattern[str]:
    """A unit opening a sentence (after one of ``starts``) as the subject of one of ``verbs``."""
    verb = first_chars(verbs)  # after the subject: a verb, or the bracket, colon or comma before it (one test, not one per verb)
    after = f"(?=[(:,{verb}])" if verb else ""
    return re.compile(rf"(?:^|[{starts}])\s*(?:[一二三四五六七八九十]是|请)?(?P<x>[^,。;:()\n](?:[^,。;:()\n]|[(](?:[^()\n]{{1,3}}|街道办事处|乡镇人民政府|乡人民政府)[)]){{1,{longest - 1}}}?){after}(?:[(](?![市区县州盟旗、]+[)]|街道办事处[)]|乡镇人民政府[)]|乡人民政府[)])[^()]{{2,20}}[)])?:?(?:(?<=部门),)?(?<![、和及])(?={verbs})")  # 区民防办:负责…


_PARA_SUBJECT = _subject_before("\n。;,", "负责(?!人)|主管(?=本|全|[^,。;]{0,12}工作)|(?<=政府)领导(?!小组|干部|班子)|依法|指导|要|应(?!急|用)|牵头|做好|加强|履行|对|是|会同|督促|组织|落实|配合|承担|统筹|按照|具体(?=承担|负责|实施|办理)"
                                        "|审核|核实|核查|受理|收到|发布|公布|制定|评估|出具|定期|每年|每月|每季度|于|在|可(?!能)|根据|依托|按规定"
                                        "|分级(?=负责)|统一(?=领导|负责)", longest=200)  # 市、县(市)、区人民政府分级负责…
# in a plan's prose, a sentence whose subject commits: 各级知识产权管理部门要…, 国家知识产权局将…
_PROSE_SUBJECT = _subject_before("\n。;,", "要|将|可(?!能)|定期|应当|应(?!用|对)|负责(?!人)|牵头|会同|按照职责|依法|建立|加强|做好|开展|推进|组织|制定|落实|指导"
                                          "|统筹|协调|督促|是|根据|采取|设立|在|于|视(?=情|需|实际|具体|[^,。;]{0,8}(?:情况|情形|需要))|结合|依据|围绕|聚焦|针对"
                                          "|按照|全面|认真|切实|积极|进一步|及时|主动|加快|配合(?!下)|具体(?=承担|负责|实施|办理)|协同|坚持|充分(?=发挥)|履行",
                                 longest=160)  # 各街镇全面梳理…; a list of eight bureaus …等部门要…
# 市高校毕业生公共就业服务机构, 长宁区住房保障事务中心: a public institution named with its tier, acting in an article
# 所需资金由市民政部门列入年度部门预算, 由户籍所在地镇人民政府审核: the unit 由 names acts
_BY_ACTS = (r"与|督促|通过|负责|提请|统一|按照|按(?=[^,。;]{1,12}(?:发放|拨付|支付|兑现|审核|核定|执行))|依法|依据|发给|规定|组织|列入|审核|核实|核查|受理|制定|发放|拨付|支付|承担|确定|另行"
            r"|选定|进行|开展|实施|出具|安排|予以|给予|办理|审批|认定|评估|监督|指导|协调|做好|集体决策|研究决定|决策|审议|搭建|牵头|落实|筹集|保障|统筹")
_BY_SUBJECT = re.compile(rf"由(?P<x>(?:[^,。;:()由\n]|[(][^()\n]{{1,8}}[)]){{2,40}}?)(?={_BY_ACTS})")
_BY_VERB = re.compile(rf"(?={_BY_ACTS})")
_PUBLIC_BODY = re.compile(r"^[\u4e00-\u9fff]{0,6}?[市区县省][\u4e00-\u9fff]{2,20}(?:服务中心|事务中心|管理中心|服务机构|管理机构|管理站|管理所|检验中心|检测中心|监测中心|指导单位|指导中心|促进中心|协会)$")
# a national text gives duties to kinds of bodies: 省级价格主管部门, 国家能源局派出机构, 电力调度机构, 电网企业
_CATEGORY = re.compile(r"^(?![^或]*(?:相关|有关|通报|申请))(?:各|地方各级|各级|省级|县级以上(?:各级)?|属地)?[\u4e00-\u9fff]{0,12}?"
                       r"(?:主管部门|管理部门|主管机构|派出机构|调度机构|运营机构|交易机构|管理中心|电网企业|运营商|税务机关|国库|税务局系统)$")
_CLAUSE_IN = re.compile(r"支持|按照|根据|推动|加快|鼓励|引导")  # 支持象州县按照我区…布局: a clause, not a subject
_ARTICLE_ID = re.compile(r"(?:^|\.)第[一二三四五六七八九十百零〇\d]+条$")  # 第三条, 1.第三条
_ARTICLE_LABEL = re.compile(r"(?:^|(?<=\n))\s*第[一二三四五六七八九十百零〇\d]+条(?:\s*[(][^()\n]{1,20}[)])?")


# 区建管委、区水务局等建设主管部门: the list names the units, the tail describes them
_DESCRIBED_TAIL = re.compile(r"等[\u4e00-\u9fff]{0,10}(?:部门|单位|机构)$")


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


# 市发展改革委(市粮食和物资储备局): one office with a second plate; prose names it by the first
_SECOND_PLATE = re.compile(r"(?<=[局委办厅])[(][^()、,]{2,20}?(?:局|委|办|厅|委员会|办公室)[)]")
_OWN_BRANCHES = re.compile(r"及其(?:分支|下属|所属|派出)机构$|作为[^,。;:()]{2,24}$")  # 市教委作为行业主管部门,负责…: the role is no name
_SENT_TO = re.compile(r"报(?=[省市区县][\u4e00-\u9fff]{2,20}$)")
_PARTNER = re.compile(r"^(?:配合|协助|协同)(?=[省市区县])")
# 由(其)户籍所在地县级人民政府…, 由批准入伍地县级人民政府…: the place is the applicant's, the unit is each tier's
_WHERE = re.compile(r"^其?[\u4e00-\u9fff]{0,6}?(?:所在地|入伍地|迁入地|发生地|居住地)(?=[省市区县乡镇街]|设区的市)")


# the field of a service guide (办事指南) that names who acts: 2.实施机构\t嘉祥县卫生健康局、… (its units follow)
GUIDE_FIELD = re.compile(r"(?:\d{1,2}\.)?(?:实施机构|实施主体|办理机构|受理机构)\s*[:]?")
GUIDE_UNITS = re.compile(GUIDE_FIELD.pattern + r"(?P<body>[^\n。]{2,200}?)"
                         r"(?=\d{1,2}\.[\u4e00-\u9fff]{2,8}(?:[\t:]|$)|\d{1,2}\.(?:适用|办理|申报|受理|咨询|监督|法定|承诺)|[\n。]|$)")
_ITEM_LABEL = re.compile(r"(?:^|(?<=\n))\s*(?:\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、)(?!\d)")


@lru_cache(maxsize=64)  # a measure's text is blanked for its lists and again for its prose
def blank_labels(seg: str) -> str:
    """A measure's text with article labels and second plates blanked (offsets kept)."""
    seg = sub(_ARTICLE_LABEL, lambda m: " " * len(m.group(0)), seg)  # (prefilter.sub: no scan without 第, 实施机构 …)
    seg = sub(_ITEM_LABEL, lambda m: " " * len(m.group(0)), seg)
    seg = sub(GUIDE_FIELD, lambda m: " " * len(m.group(0)), seg)  # 2.实施机构: a service guide's field name
    return sub(_SECOND_PLATE, lambda m: " " * len(m.group(0)), seg)


_LABELLED = re.compile(UNIT_LABEL_WORDS + r"\s*:")  # 一、X 责任单位:Y: the label's units, read by its reader
_SECOND_PERSON = re.compile(r"你(?:市|省|区|县|州|盟|旗|局|委|厅|办|中心|公司|单位)")
# the salutation that opens a letter: 鹰潭市人民政府: (one body; not 各市、县(区)人民政府,省政府各部门:)
_SALUTATION = re.compile(r"(?:^|\n)\s*(?P<x>[^\n:,、。]{4,30}?(?:人民政府|政府|管委会|管理委员会|局|委员会|委|厅|办公室))\s*:\s*(?:\n|$)"
                         r"|(?:^|\s|(?<=批复)|(?<=的函))(?P<y>[^\s:,、。]{4,30}?(?:中心|公司|局|委员会|厅|办公室|管委会)):(?=\s*你(?:中心|公司|单位|局|委|厅|办))")


def _addressee(ctx: DocContext) -> str | None:
    """The one body a letter is addressed to, named in its opening lines."""
    m = _SALUTATION.search(ctx.text[:1500])
    if m and m.group("y"):  # …批复 区自然资源服务中心:你中心呈报的…: addressed inline, by its 你X
        return m.group("y")
    return m.group("x") if m and is_agency(m.group("x")) and not m.group("x").startswith("各") else None


def _without_labels(line: str) -> str:
    """``_ITEM_LABEL.sub("", _ARTICLE_LABEL.sub("", line))`` for a line without a break (each matches at its start only)."""
    for label in (_ARTICLE_LABEL, _ITEM_LABEL):
        m = label.match(line)
        line = line[m.end():] if m else line
    return line


def duties(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver, found: dict, listed: bool = False) -> None:
    """A unit's duties: the unit a heading names (区绿化市容局 / X职责), and in a 职责分工 section the unit
    that opens each paragraph."""
    text = ctx.text
    head = span.title
    nl = text.find("\n", span.start, span.end)  # (the first line, without cutting out the whole measure)
    first_line = text[span.start:nl if nl >= 0 else span.end]
    line = _without_labels(first_line).strip().rstrip(" 。:")  # 第九条 市商务局
    if head and (line.startswith(head) and "。" not in line or line.startswith(head + ":")) and not _LABELLED.search(line):
        # the heading names the units whose duties follow (区绿化市容局; (一)区应急局:负责…)
        named = head if line.startswith(head + ":") else line
        for n, o, f in _heading_units(named, text.find(named, span.start, span.end), resolver):
            _add(found, ctx, resolver, n, o, f, "co")
    article = bool(_ARTICLE_ID.search(span.id))
    prose = not listed and not getattr(span, "units", ())  # no parenthesis or table names a unit: the prose does
    in_duties = bool(DUTY_SECTION.search(head) or DUTY_SECTION.search(span.section))
    if not in_duties and not article and not prose:
        return
    seg = blank_labels(text[span.start:span.end])
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", span.id) and seg.startswith(span.id + head):  # 2.1国家层面…机构环境保护部负责:
        n = len(span.id) + len(head)
        seg = " " * (n - 1) + "\n" + seg[n:]  # a decimal heading run into its paragraph ends where its title does
    if in_duties and not DUTY_SECTION.search(head):
        _opening_unit(ctx, seg, span.start, resolver, found)  # 五、职责分工 (四)区文体局增加…: the unit it opens with
    for m in finditer(_MEMBERS, seg):  # members of a joint body and its lead
        for name, off, full in split_units(m.group("y"), span.start + m.start("y")) if m.group("y") else ():
            if resolver.is_agency(full) or _is_collective_unit(name) or _COMPANY.search(name):
                _add(found, ctx, resolver, name, off, full, "co")
        heads = split_units(m.group("x"), span.start + m.start("x"))  # 省发展改革委和省林业局为…总牵头单位: the first leads
        if heads and all(resolver.is_agency(f) for _, _, f in heads):
            for k, (name, off, full) in enumerate(heads):
                _add(found, ctx, resolver, name, off, resolver.normalize(full), "lead" if k == 0 else "co")
    duty_of = _DUTIES_OF.match(seg) if (article or in_duties) and "职责" in seg else None  # 第五条 省财政厅职责如下:(一)负责…
    for name, off, full in split_units(duty_of.group("x"), span.start + duty_of.start("x")) if duty_of else ():
        if resolver.is_agency(full):
            _add(found, ctx, resolver, name, off, full, "co")
    for m in _MEMBERS_ONLY.finditer(seg) if in_duties or article else ():  # 第八条 联席会议成员单位由A、B、C组成
        for name, off, full in split_units(m.group("y"), span.start + m.start("y")):
            if resolver.is_agency(full):
                _add(found, ctx, resolver, name, off, full, "co")
    for m in finditer(_UNIT_LABEL, seg):  # 省应急厅:地震易发区…迎查资料。省教育厅:…: each unit labels its own task
        if resolver.is_agency(m.group("x")) and not _is_collective_unit(m.group("x")):
            _add(found, ctx, resolver, m.group("x"), span.start + m.start("x"), resolver.normalize(m.group("x")), "co")
    pattern = _PARA_SUBJECT if in_duties or article else _PROSE_SUBJECT
    for m in (*pattern.finditer(seg), *_BY_SUBJECT.finditer(seg)):
        x = _OWN_BRANCHES.sub("", m.group("x"))
        base = span.start + m.start("x")
        where = _WHERE.match(x) if m.re is _BY_SUBJECT else _PARTNER.match(x)  # …,配合区财政金融局做好…: the partner
        if where:
            x, base = x[where.end():], base + where.end()
        if _SECOND_PERSON.fullmatch(x.strip()):  # 你市要加强…: in a 批复, the body the letter answers
            whom = _addressee(ctx)
            if whom:
                _add(found, ctx, resolver, x.strip(), base + x.index(x.strip()), whom, "co")
            continue
        units = _subject_units(x, base, resolver, pattern is _PARA_SUBJECT)
        by = m.re is _BY_SUBJECT
        if units is None and (pattern is _PARA_SUBJECT or by):  # 市养老服务|指导单位负责: the verb was part of the name
            units = next((u for u in (_subject_units(_OWN_BRANCHES.sub("", seg[m.start("x"):k]), base, resolver, True)
                                      for k in _longer(seg, m.end("x"), verbs=_BY_VERB if by else _VERB_AT))
                          if u is not None), None)
        leads = _LEADS_AFTER.match(seg, m.end("x")) is not None  # 省级主管部门牵头建立…: the subject leads
        for k, (name, off, full) in enumerate(units or ()):
            _add(found, ctx, resolver, name, off, full, "lead" if leads and k == 0 else "co")
        if units and not by:
            _peers(ctx, seg, m.end("x"), span.start, units, resolver, found)


# 市、区民政部门应当会同同级规划和自然资源、住房城乡建设等部门…: the partners of each tier the subject names
_UNIT_END = re.compile(r"(?:局|委员会|委|办公室|办|厅|部|中心|人民政府|政府)")


def _opening_unit(ctx: DocContext, seg: str, base: int, resolver: AgencyResolver, found: dict) -> None:
    """An item of a 职责分工 section that opens with its unit, the verb joined on (区市场监督管理局严格监管…):
    the longest agency name the item opens with."""
    lead = len(seg) - len(seg.lstrip())
    head = re.split(r"[,。;:()、\s]", seg[lead:lead + 24], 1)[0]
    for m in sorted(_UNIT_END.finditer(head), key=lambda m: -m.end()):
        x = head[: m.end()]
        if len(x) >= 3 and head[m.end():m.end() + 1] not in ("门", "分", "署") and resolver.is_agency(x):
            _add(found, ctx, resolver, x, base + lead, resolver.normalize(x), "co")
            return


_PEERS = re.compile(r"会同(?:本级|同级)(?P<y>[^,。;:()]{2,40}?)(?:等)?(?:部门|单位)?(?=[,。;]|将|对|根据|按照|研究|综合|共同|制定|做好|开展)")


def _peers(ctx: DocContext, seg: str, at: int, base: int, units: list, resolver: AgencyResolver, found: list) -> None:
    """The departments a subject works with at its own tier (会同本级财政部门): one per tier of the subject."""
    end = SENTENCE_END.search(seg, at)
    m = _PEERS.search(seg, at, end.start() if end else len(seg))
    if not m:
        return
    tiers = list(dict.fromkeys(f[0] for _, _, f in units if f[:1] in "省市区县" and not f.startswith("各")))
    for name, off, _ in split_units(m.group("y"), base + m.start("y")):
        body = name if name.endswith(("部门", "局", "委")) else name + "部门"
        for t in tiers:
            if resolver.is_agency(t + body):
                _add(found, ctx, resolver, name, off, t + body, "co")


_CLAUSE_END = re.compile(r"[,。;:!?\n()]")
_VERB_AT = re.compile(r"(?=负责|应当|应(?!急|用)|要|依法|按照|按规定|牵头|做好|加强|统筹|组织|落实|会同|配合|承担|于|每年|每月|可(?!能))")


def _longer(seg: str, end: int, most: int = 3, verbs: re.Pattern[str] = _VERB_AT) -> list[int]:
    """Where a subject may end instead, after ``end``: the next verbs of the same clause."""
    stop = _CLAUSE_END.search(seg, end)
    limit = stop.start() if stop else len(seg)
    return [v.start() for v in verbs.finditer(seg, end + 1, min(limit, end + 16))][:most]


def _subject_units(x: str, base: int, resolver: AgencyResolver, article: bool) -> list[tuple[str, int, str]] | None:
    """The units a sentence's subject names, or None when it is not a list of units."""
    national = resolver.jurisdiction.name == "全国"
    sent = _SENT_TO.search(x)  # (由建设单位编制项目实施方案)报区绿化市容局审核: the unit it goes to acts
    if sent:
        x, base = x[sent.end():], base + sent.end()
    if x.startswith("各级、") and len(x) > 5:  # 各级、各有关部门要…: the levels name no unit, the departments do
        x, base = x[3:], base + 3
    parts = x.split("或")
    if national and len(parts) > 1 and all(_CATEGORY.match(p) for p in parts):  # 电力调度机构或电力负荷管理中心
        return [(p, base + x.index(p), p) for p in parts]
    if (_is_collective_unit(x) and x.count("各") == 1 and x.endswith(("部门", "单位", "机构"))
            and not re.search("、[省市区县]直|[和及]", x)):  # not 各县区和相关部门单位: 各县区, and no unit named
        units = [(x, base, x)]  # 各盟市、旗县(区)财政主管部门: one collective
    else:
        units = _collectives(x, base) or _plain_units(x, base)  # 嘉定新城(马陆镇)
    units = _each(_named(units))
    known = [u for u in units if resolver.is_agency(u[2])]
    if (article or x.endswith("部门")) and len(known) >= 3 and all(
            _FUNCTION_LIKE.fullmatch(n) for n, _, f in units if (n, _, f) not in known):
        units = known  # 市、区教育、公安…、来穗人员服务管理、审计等单位: the functions the gazetteer knows
    if units and all((resolver.is_agency(f) or _is_collective_unit(n) or _is_collective_unit(f) or _PUBLIC_BODY.match(n)
                      or (_COMPANY.search(n) and len(units) > 1) or (national and _CATEGORY.match(n)))
                     and not _NOT_IN_NAME.search(n)
                     for n, _, f in units):
        return units
    return None


_FUNCTION_LIKE = re.compile(r"[\u4e00-\u9fff]{2,10}")  # a bare function word in a list of departments
_COMPANY = re.compile(r"(?:集团|公司)$")  # 头桥集团 beside the towns: a state company acting as one of them
_UNNAMED = re.compile(r"(?:相关|有关|其他)(?:职能)?(?:部门|单位)(?:[(](?:单位|部门)[)])?$")
_TOWNLIKE = re.compile(r"^(?:镇|乡|街道|街镇)[\u4e00-\u9fff()]{0,8}(?:政府|人民政府|办事处)$")


def _named(units: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """The units that are named: 区政府相关部门(单位) beside 各镇政府 names none, and is left out
    (各有关部门 is a collective and stays)."""
    kept = [u for u in units if u[0].startswith("各") or not _UNNAMED.search(u[0])]  # 各有关部门: a collective
    return kept if len(kept) < len(units) and kept else units


def _each(units: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """各镇政府、街道(开发区)办事处: the 各 of the first applies to the towns and streets after it."""
    if not units or not units[0][0].startswith("各"):
        return units
    return [units[0]] + [(n, o, "各" + f) if _TOWNLIKE.match(f) else (n, o, f) for n, o, f in units[1:]]


def _rejoin(parts: list[str]) -> list[str]:
    """Pieces split at 和/与/及 put back together where they make one name (省工业和信息化厅, 工业和信息化部)."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        if out and k + 1 < len(parts) and parts[k] in ("和", "与", "及") and len(out[-1]) <= 6 \
                and is_agency(out[-1] + parts[k] + parts[k + 1]) and not is_agency(out[-1]):
            out[-1] += parts[k] + parts[k + 1]
            k += 2
            continue
        out.append(parts[k])
        k += 1
    return out


def reply_subjects(ctx: DocContext, span: MeasureSpan, resolver: AgencyResolver, found: dict) -> None:
    seg = ctx.text[span.start: span.end]
    labels = [m for m in per_text("part labels", ctx, part_labels) if m.start("x") <= span.start + 2]
    if labels:  # the part's bureau: it acts, and is the 我局 of its part
        x = labels[-1].group("x")
        _add(found, ctx, resolver, x, labels[-1].start("x"), resolver.normalize(x), "co")
    for m in _SUBJECT.finditer(seg):
        whole = m.group("all")
        base = span.start + m.start("all")
        parts = _rejoin(_JOINERS.split(whole))
        pos = 0
        for piece in parts:
            if piece and not _JOINERS.fullmatch(piece):
                if piece in SELF_REFERENCES or (is_agency(piece) or _ORG_TAIL.search(piece)) and not _CLAUSE_IN.search(piece):
                    leads = pos == 0 and len(parts) == 1 and _LEADS_AFTER.match(seg, m.end("all")) is not None
                    _add(found, ctx, resolver, piece, base + pos, piece, "lead" if leads else "co")  # 我委多次牵头…
            pos += len(piece)
