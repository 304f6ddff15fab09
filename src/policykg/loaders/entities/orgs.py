"""Enterprises and platforms/institutions: candidate names with their spans.

Four sources, all over the normalised text:

* name endings (研究院, 平台, 协会, 大厦 …; 有限公司, 集团, 银行, 供电局): the
  phrase before the ending, cut by :func:`~policykg.loaders.entities.names.trim_left`;
* ``X总部`` in a list of companies or facilities: the company X;
* enumerations closed by a company head (腾讯、微众银行、平安科技等…企业, 以A、B为代表的企业, 企业如A、B): every item;
* well-known platforms (深交所, 科创板, 粤省事) and app-style names (深i企, i深圳).

A platform must be *named* (a place, a brand, an unknown word before its ending); a generic one is kept only
when named siblings in the same enumeration vouch for it (已建成区块链研究院、乐信区块链实验室…) or an instance
marker precedes it (全市首个时尚产业物业联盟). A company alone in a table's cell is the whole cell.

>>> [(f.kind, f.name) for f in find_orgs("其中普路通、信利康、朗华等供应链行业龙头企业均注册在福田。")]
[('enterprises', '普路通'), ('enterprises', '信利康'), ('enterprises', '朗华')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from policykg.loaders.entities.bounds import Bounds as _Bounds
from policykg.loaders.entities.bounds import is_place_name as _is_place_name
from policykg.loaders.entities.lexicon import ending_re, lexicon
from policykg.loaders.entities.names import HARD_BOUNDARY, described_list, is_named, kinds_of_work, trim_left
from policykg.loaders.gazetteers.places import province_abbreviations, short_place_prefix

__all__ = ["Found", "find_orgs"]

_COMPANY_SUFFIX = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "分公司", "公司", "银行", "分行", "支行",
                   "供电局")
_NOT_COMPANY = re.compile(r"人民银行|人行|中央银行|世界银行|亚洲开发银行|亚投行|^(?:分|子|总)公司$")
_PERSON_TITLE = re.compile(
    r"(?:党委|党组)?副?(?:秘书长|主任|会长|院长|理事长|书记|主席|所长|校长|教授|研究员|总经理|董事长|首席|总裁|部长|局长"
    r"|处长|科长|专家|博士|代表|委员|负责人)"
)
_DESIGNATION = re.compile(
    r"^(?:国际|全球|全国|世界|区域)?性?(?:科技创新|科创|创新|金融|贸易|航运|消费|物流|商贸|文化|时尚|数据|人才|制造|商业|供应链)中心$"
)
_ENUM_HEAD = re.compile(
    r"(?:等|为代表的|在内的)\s*(?:\d+|[一二三四五六七八九十百几多数]+)?\s*(?:家|个|所|位)?"
    r"(?P<mod>[^,。;:!?、()“”\n]{0,16}?)(?P<head>企业|公司|品牌(?!活动|展会|赛事)|厂商|巨头|龙头|券商|运营商|服务商|供应商"
    r"|(?:电商|互联网)平台(?!企业|公司))(?![\u4e00-\u9fff]{0,4}(?:集聚区|聚集区|园区|基地))"  # 等品牌活动, 等企业总部集聚区: no firm
)
# between 等 and the head, a word that makes the items kinds of business (等行业的企业, 等工业燃料生产企业)
_CATEGORY_MOD = re.compile(r"行业|产业|领域|类|产品|燃料|业态|业务|方面|环节")
_EVENT_MOD = re.compile(r"事故|事件|情形|行为|违法|违规|且|并且|或者|活动")  # 等文化活动走进企业: events
_NOTABLE = re.compile(r"龙头|领军|头部|知名|重点|骨干|领先|代表")  # 等供应链行业龙头企业: firms by name
_HEAD_MODIFIES = re.compile(r"登记|注册|开办|名称|年报|信用|档案|主体")  # 等企业登记: 企业 is no head here
_PLATFORM_HEAD = frozenset({"电商平台", "互联网平台"})  # (not 平台企业: 忽米网等工业互联网平台企业 are companies)  # 天猫、京东等电商平台: the items are platforms
_HEAD_FIRST = re.compile(r"(?:企业|公司|品牌|厂商)[,:]?(?:如|包括|例如|比如|诸如)(?P<list>[^,。;:!?()\n]{2,80}?)(?=等|[,。;:)\n]|$)")
_GENERIC_ITEM_END = re.compile(r"(?:企业|机构|单位|部门|高校|院校|院所|组织|政府|园区|行业|领域|产业|群体|人才|团队|项目"
                               r"|工商户|农户|商户|住户|主体)$")
_APP = re.compile(r"(?<![A-Za-z\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,3}i[\u4e00-\u9fff]{1,3}|i[\u4e00-\u9fff]{2,4})(?=[、,。;:)”等和及]|$)")
_MOD_OK = frozenset({"和", "与", "及", "或", "的", "以及", "众多", "一批", "多家", "若干", "各类", "世界顶尖", "全球顶尖",
                     "世界顶级", "国内外", "海内外", "国内", "知名"})
_SPLIT_LAST = re.compile(r"以及|及|和|与")
_PREPOSITIONS = frozenset("在对向与为从把将被由给让经")
_LEAD_VERBS = frozenset({"组织", "动员", "带动", "号召"})  # 组织华为、阿里云等平台企业: a verb before the list
_SITE = re.compile(r"(?:生产基地|基地|工厂|超级工厂|总部)$")
_LEADING_FUNCTION = re.compile(r"^[由对向为在与和及将把被从经给让]")
_NOT_BEFORE_SHORT = frozenset("公家校花乐田庄菜果陵茶海半宝群列")
_COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两几多]+)\s*(?:家|个|所|座|处|批)")
_PROVINCE_ABBR = province_abbreviations()
# where one company name ends and the next begins inside a run with no separator
_BRANCH_OF = re.compile(r"(?!县级|市级|区级|各|所属|下属)[\u4e00-\u9fff]{1,6}(?:分公司|分行|支行)")
_INNER_BREAK = re.compile(r".*(?:有限公司|有限责任公司|全资子公司|控股子公司|子公司|下属企业|下属公司|旗下)")
_GRID_COMPANY = re.compile(r"国网[\u4e00-\u9fff]{2,3}?省?电力(?:有限公司|公司)?")  # 国网重庆电力: State Grid's local company
_COUNTED = re.compile(r"\d+\s*[个家批项所座处]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_TITLE_SPAN = re.compile(r"《[^《》\n]{1,150}》")
_PRIOR_LIST = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:以及|与|和|及|同)")
# 汇聚至市大数据平台, 供青浦区土方管理平台使用, 前以国家政务服务平台为…: a function word glued before a located name
_LEAD_FUNCTION = re.compile(r"^(?:前以|[至供含给以在对向从经由将把让为])")
_LOCATED = re.compile(r"[省市区县州]|国家|全国|中国")
# 努力实现银行保险机构全覆盖, 纳入公司年度评价: a verb before the suffix makes it a common noun, not a name's end
_VERB_BEFORE_SUFFIX = re.compile(r"(?:实现|纳入|鼓励|支持|引导|推动|组织|动员|加强|指导|督促|要求|推进|协调|通过|依托|联合|会同)$")
_SOFT_BOUNDARY = re.compile(r"[,。;:!?()\[\]“”\"《》\n]")


@dataclass(frozen=True)
class Found:
    """A candidate entity: ``kind`` (enterprises/platforms/programs), name and span in the text."""

    kind: str
    name: str
    start: int
    end: int
    named: bool = True
    marker: bool = False  # an instance marker (首个 ...) precedes it


def _platform_candidates(text: str, hard: _Bounds, is_agency: Callable[[str], bool]) -> Iterator[Found]:
    lex = lexicon()
    for m in lex.ending_pattern.finditer(text):
        suffix, e = m.group(0), m.end()
        if len(suffix) == 1 and (e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in "等和及与的"
                                 or m.start() and text[m.start() - 1] in _NOT_BEFORE_SHORT):
            continue  # 光谷联合产权交易所, 公园, 海岛: a one-character ending inside a longer word
        c0 = hard.start_within(m.start(), e - 40)  # (a label quote moves it back, never before e - 40)
        c0 = max(_label_start(text, hard, c0), e - 40) if c0 > e - 40 else c0
        if e - c0 <= len(suffix):
            continue
        t = trim_left(text[c0:e])
        name, start = t.text, c0 + t.offset
        if name[:1] in "个家座处所条" and start and re.match(r"[\d一二三四五六七八九十百千万两几多]", text[start - 1]):
            name, start = name[1:], start + 1  # 建成20个公园型美丽街区: the count's classifier is no part of the name
        lead = _LEAD_FUNCTION.match(name)
        if lead and len(name) - lead.end() > len(suffix) + 1 and (_LOCATED.match(name, lead.end())
                                                                  or _is_place_name(lexicon().tokens(name[lead.end():])[0])):
            name, start = name[lead.end():], start + lead.end()
        if name.startswith("“") and name.endswith("”" + suffix):
            continue  # “粤企政策通”平台: a bare ending after a quoted name belongs to that name (see _known)
        if len(name) <= len(suffix) or len(name) > 32 or is_agency(name) or _COUNTED.search(name):
            continue  # 赣南2个省实验室: a count, not a name
        if _PERSON_TITLE.match(text, e) or _is_designation(name, suffix):
            continue
        marker = t.marker is not None and not _COUNT_AFTER.match(text, e)
        yield Found("platforms", name, start, e, is_named(name, suffix), marker)


def _label_start(text: str, hard: _Bounds, c0: int) -> int:
    """Extend a name's start over a label quote inside it: 无锡国家“芯火”双创基地."""
    while c0 >= 3 and text[c0 - 1] == "”":
        q = text.rfind("“", max(0, c0 - 10), c0 - 1)
        if q <= 0 or not _CJK_CHAR.match(text[q - 1]) or not _CJK_CHAR.match(text[c0] if c0 < len(text) else ""):
            break
        c0 = hard.start_before(q)
    return c0


@lru_cache(maxsize=8192)  # a pure function of its strings (the lexicons never change): names recur
def _is_designation(name: str, suffix: str) -> bool:
    lex = lexicon()
    if not name.endswith("中心"):
        return False
    tokens = lex.tokens(name)
    i = 0
    while i < len(tokens) and lex.is_place(tokens[i]):
        i += 1
    rest = "".join(tokens[i:])
    return (i > 0 or rest.startswith(("国际", "全球", "全国", "区域"))) and bool(_DESIGNATION.match(rest))


def _company_candidates(text: str, hard: _Bounds) -> Iterator[Found]:
    pattern = ending_re(frozenset(_COMPANY_SUFFIX))
    for m in pattern.finditer(text):
        suffix, e = m.group(0), m.end()
        if suffix == "集团" and text.startswith(")", e):
            continue  # 上海机场(集团)有限公司: the bracketed 集团 is inside the name
        c0 = hard.start_within(m.start(), e - 40)
        cell = c0 and text[c0 - 1] == "\t" and text[e:e + 1] in ("\t", "\n", "")  # a table's cell: the whole of it names one
        t = trim_left(text[c0:e], pos_stops=False)  # company names hold verbs: 投资控股, 建设发展
        name, start = (text[c0:e], c0) if cell else (t.text, c0 + t.offset)
        cut = len(name) - len(name.lstrip(")]】》”’"))  # (十九)新城公司: the heading's bracket is no part of the name
        name, start = name[cut:], start + cut
        if _LEADING_FUNCTION.match(name) and len(name) - 1 > len(suffix) + 2:
            name, start = name[1:], start + 1  # 由省中小企业融资担保公司: the preposition is not the name's
        inner = _INNER_BREAK.search(name[: len(name) - len(suffix)])
        if inner and not _BRANCH_OF.fullmatch(name[inner.end():]):  # X有限公司灵武分公司: one name, the company's branch
            name, start = name[inner.end():], start + inner.end()
        if len(name) <= len(suffix) or len(name) > 32 or _NOT_COMPANY.search(text[max(c0, start - 4):e]):
            continue
        if is_named(name, suffix) and not _VERB_BEFORE_SUFFIX.search(name[: len(name) - len(suffix)]):
            yield Found("enterprises", name, start, e)
    for m in re.finditer(r"总部(?=[、,。;等和及与]|$)", text):
        c0 = hard.start_within(m.start(), m.start() - 30)
        t = trim_left(text[c0:m.start()] + "总部")
        stem = t.text[:-2]
        if len(stem) >= 2 and _is_company_name(stem):
            yield Found("enterprises", stem, c0 + t.offset, m.start())


@lru_cache(maxsize=8192)  # a pure function of its strings (the lexicons never change): names recur
def _is_company_name(stem: str) -> bool:
    lex = lexicon()
    if lex.has_ending(stem) or lex.is_place(stem):
        return False
    if any(stem.endswith(s) for s in _COMPANY_SUFFIX):
        return True
    tokens = lex.tokens(stem)
    return bool(tokens) and (lex.is_brand(tokens[0]) or any(lex.is_proper(t) and not lex.is_place(t) for t in tokens))


def _items(text: str, c0: int, end: int) -> list[tuple[str, int]]:
    """The 、-separated items of ``text[c0:end]`` with their start offsets (the first one trimmed)."""
    out: list[tuple[str, int]] = []
    pos = c0
    parts = text[c0:end].split("、")
    for k, part in enumerate(parts):
        if k == len(parts) - 1 and len(parts) > 1:
            sub = _SPLIT_LAST.split(part)
            if len(sub) == 2 and all(len(s.strip()) >= 2 for s in sub):
                out.append((sub[0], pos))
                out.append((sub[1], pos + len(part) - len(sub[1])))
                pos += len(part) + 1
                continue
        out.append((part, pos))
        pos += len(part) + 1
    if out:
        first, p0 = out[0]
        t = trim_left(first)
        first, p0 = t.text, p0 + t.offset
        lex = lexicon()
        tokens = lex.tokens(first)
        cut = max((k for k, tok in enumerate(tokens[:-1]) if tok in _PREPOSITIONS or tok in _LEAD_VERBS
                   or len(tok) == 2 and tok[-1] in _PREPOSITIONS and lex.tag(tok) == "x"), default=-1)
        if cut >= 0:  # 茶企在天猫: a one-character preposition ends the lead-in
            skip = len("".join(tokens[: cut + 1]))
            first, p0 = first[skip:], p0 + skip
        out[0] = (first, p0)
    return out


# the tags of a word that names something: proper names, abbreviations, words the tagger does not know (微众, 美团)
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "x", "eng", "ng", "zg"})


def _name_like(item: str, lex) -> bool:  # noqa: ANN001 - Lexicon
    """Whether an item reads as a name: a company ending, or a word the tagger takes for a proper name or
    does not know (腾讯, 微众, 歌力思), or Latin letters."""
    return item.endswith(_COMPANY_SUFFIX + ("科技", "控股", "实业", "农商行")) or any(
        lex.tag(t) in _NAME_TAGS or re.search(r"[A-Za-z]", t) for t in lex.tokens(item))


def _item_found(item: str, start: int, lex_kind: str, is_agency: Callable[[str], bool]) -> Found | None:
    lex = lexicon()
    raw = item
    item = item.strip().lstrip("-*•·").strip()  # - 中国科学院: a Markdown list mark is no part of the name
    start += len(raw) - len(raw.lstrip().lstrip("-*•·").lstrip())
    if not 2 <= len(item) <= 20 or not re.search(r"[\u4e00-\u9fffA-Za-z]", item) or is_agency(item):
        return None
    site = _SITE.search(item)
    if lex_kind == "enterprises" and site:
        stem = item[: site.start()]
        tokens = lex.tokens(stem)
        if len(tokens) >= 2 and lex.is_place(tokens[-1]) and not lex.is_place(tokens[0]) and _is_company_name(tokens[0]):
            return Found("enterprises", tokens[0], start, start + len(tokens[0]), marker=True)  # 比亚迪合肥基地 -> 比亚迪
    suffix = lex.ending_of(item)
    if suffix is not None:
        return Found("platforms", item, start, start + len(item), is_named(item, suffix))
    if lex_kind != "enterprises" or _GENERIC_ITEM_END.search(item) or lex.is_place(item):
        return None
    if item.endswith("总部"):
        item = item[:-2]
    tokens = lex.tokens(item)
    single = len(tokens) == 1 and tokens[0] not in lex.boundaries  # 安踏: the tagger's verb, a brand here
    if "企业" in item or all(t in lex.generic or (lex.is_boundary(t) and not single) for t in tokens):
        return None
    if 2 * sum(lex.is_boundary(t) for t in tokens) > len(tokens) and (len(tokens) > 1 or item in lex.boundaries):
        return None  # 上门走访, 加强对接: an activity, not a company (a single word the tagger calls a verb may be a brand: 安踏)
    return Found("enterprises", item, start, start + len(item))


def _enumerations(text: str, soft: _Bounds, is_agency: Callable[[str], bool]) -> Iterator[Found]:
    lex = lexicon()
    for m in _ENUM_HEAD.finditer(text):
        if re.search(r"部门|单位|机构", m.group("mod")) or any(
                t in lex.boundaries and t not in _MOD_OK for t in lex.tokens(m.group("mod"))):
            continue  # 等多方式联系企业: a verb between the list and the head
        if _EVENT_MOD.search(m.group("mod")):
            continue  # 发生严重治安、消防等安全生产事故且属物业服务企业责任的: events, and a clause before the head
        if (_CATEGORY_MOD.search(m.group("mod")) and m.group("head") not in ("龙头", "巨头")
                and not _NOTABLE.search(m.group("mod"))) or _HEAD_MODIFIES.match(text, m.end()):
            continue  # 信息技术、光电设备等行业的小微企业, 变更、备案等企业登记: kinds and acts, not companies
        end = m.start()
        c0 = soft.start_within(end, end - 160)
        if "、" not in text[c0:end] and not m.group(0).startswith(("为代表", "在内")):
            # a single item before 等 is named by its own ending, if at all
            if end - c0 > 12:
                continue
        if m.group(0).startswith("为代表") and text[c0:end].startswith("以") and not text[c0:end].startswith("以及"):
            c0 += 1
        prior = None
        for prior in _PRIOR_LIST.finditer(text, c0, end):
            pass
        if prior is not None:
            c0 = prior.end()  # 高校等…与华为、商汤科技等龙头企业: the companies start after 与
        items = list(_items(text, c0, end))
        if kinds_of_work(items, lex):
            continue  # 会计、律师、评估、咨询、监理等专业服务企业: trades, not companies
        founds = [f for f in (_item_found(item, start, "enterprises", is_agency) for item, start in items) if f]
        companies = [f for f in founds if f.kind == "enterprises"]
        named = sum(_name_like(f.name, lex) for f in companies)  # 住宿餐饮、进出口等商贸企业: trades, no name among them;
        few = named * 2 < len(companies)  # 建材、新一代信息技术、智能家电、机械、纺织等企业: trades, one reads as a name
        if companies and (not named or few and (_CATEGORY_MOD.search(m.group("mod")) or described_list(items, lex)
                                                 or len(items) >= 4)):
            continue  # 汽车、电子信息、家电…等重点行业龙头企业: industries, the firms that lead them unnamed
        for f in founds:
            if m.group("head") in _PLATFORM_HEAD and f.kind == "enterprises":
                f = Found("platforms", f.name, f.start, f.end)
            yield f
    for m in _HEAD_FIRST.finditer(text):
        for item, start in _items(text, m.start("list"), m.end("list")):
            f = _item_found(item, start, "enterprises", is_agency)
            if f and not (f.name.endswith("公司") and not is_named(f.name, "公司")):
                yield f  # (金融企业,包括财务公司,消费金融公司: kinds of company, not companies)


# “粤医保”移动公共服务平台, “e充电”APP: a quoted brand named by the kind of service after it
_QUOTED_APP = re.compile(r"“(?P<n>[\u4e00-\u9fffA-Za-z0-9]{2,10})”"
                         r"(?=(?:[\u4e00-\u9fff]{0,10}?(?:平台|系统))|APP|App|app|小程序|客户端|公众号|移动端)")
# “城乡道路客运燃料消耗信息申报与补贴管理系统”: a system's whole name quoted
_QUOTED_SYSTEM = re.compile(r"“(?P<n>[\u4e00-\u9fffA-Za-z0-9]{4,40}(?:平台|系统))”")
_QUOTED_CODE = re.compile(r"“(?P<n>[\u4e00-\u9fff]{2,8}(?:码|通|办))”")


@lru_cache(maxsize=1)
def _known_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    lex = lexicon()
    out = []
    for kind in ("platform", "enterprise"):
        names = [n for n, k in lex.gazetteer.items() if k == kind]
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # a bank name is not the start of a regulator's (中国银行保险监督管理委员会)
        out.append(re.compile(f"(?:{alt})(?!保险监督|业监督|业协会)") if names else None)
    return out[0], out[1]


def _known(text: str) -> Iterator[Found]:
    platforms, enterprises = _known_patterns()
    for pattern, kind in ((platforms, "platforms"), (enterprises, "enterprises")):
        if pattern is not None:
            for m in pattern.finditer(text):
                yield Found(kind, m.group(0), m.start(), m.end())
    for m in _GRID_COMPANY.finditer(text):
        yield Found("enterprises", m.group(0), m.start(), m.end())
    for m in _APP.finditer(text):
        yield Found("platforms", m.group(0), m.start(), m.end())
    for m in _QUOTED_APP.finditer(text):
        yield Found("platforms", m.group("n"), m.start("n"), m.end("n"))
    for m in _QUOTED_SYSTEM.finditer(text):
        yield Found("platforms", m.group("n"), m.start("n"), m.end("n"))
    for m in _QUOTED_CODE.finditer(text):
        if short_place_prefix(m.group("n")) or m.group("n")[0] in _PROVINCE_ABBR:
            yield Found("platforms", m.group("n"), m.start("n"), m.end("n"))


def find_orgs(text: str, is_agency: Callable[[str], bool] | None = None) -> list[Found]:
    """Enterprise and platform candidates of ``text``, in text order (before deduplication)."""
    is_agency = is_agency or (lambda name: False)
    hard = _Bounds(text, HARD_BOUNDARY)
    soft = _Bounds(text, _SOFT_BOUNDARY, hard.inner)
    found = [*_platform_candidates(text, hard, is_agency), *_company_candidates(text, hard),
             *_enumerations(text, soft, is_agency), *_known(text)]
    sites = {f.start for f in found if f.kind == "enterprises" and f.marker}
    if sites:  # the site of a listed company (比亚迪合肥基地) is the company, not a platform
        found = [f for f in found if not (f.kind == "platforms" and f.start in sites and _SITE.search(f.name))]
    titles = [(m.start(), m.end()) for m in _TITLE_SPAN.finditer(text)]
    if titles:  # a name inside 《…》 is part of a cited title, not a mention of the institution
        found = [f for f in found if not any(a < f.start and f.end < b for a, b in titles)]
    found.sort(key=lambda f: (f.start, -f.end))
    return _vouch(text, found)


def _vouch(text: str, found: list[Found]) -> list[Found]:
    """Accept a generic platform whose enumeration siblings are mostly named; drop the other generic ones."""
    plats = [f for f in found if f.kind == "platforms"]
    groups: list[list[Found]] = []
    for f in plats:
        if groups and text[groups[-1][-1].end:f.start] in ("、", "和", "及", "以及", "与"):
            groups[-1].append(f)
        else:
            groups.append([f])
    ok: set[int] = set()
    for g in groups:
        named = sum(f.named for f in g)
        for f in g:
            if f.named or f.marker or (named and named >= len(g) - named):
                ok.add(id(f))
    return [f for f in found if f.kind != "platforms" or id(f) in ok]
