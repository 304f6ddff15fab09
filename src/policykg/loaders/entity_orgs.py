"""Enterprises and platforms/institutions: candidate names with their spans.

Four sources, all over the normalised text:

* name endings (研究院, 平台, 协会, 大厦 …; 有限公司, 集团, 银行, 供电局): the
  phrase before the ending, cut by :func:`~policykg.loaders.entity_names.trim_left`;
* ``X总部`` in a list of companies or facilities: the company X;
* enumerations closed by a company head (腾讯、微众银行、平安科技等…企业,
  以A、B为代表的企业, 企业如A、B): every item, suffix or not;
* well-known platforms (深交所, 科创板, 粤省事) and app-style names (深i企, i深圳).

A platform must be *named* (a place, a brand, an unknown word before its
ending); a generic one is kept only when named siblings in the same
enumeration vouch for it (已建成区块链研究院、乐信区块链实验室…) or an instance
marker precedes it (全市首个时尚产业物业联盟).

>>> [(f.kind, f.name) for f in find_orgs("其中普路通、信利康、朗华等供应链行业龙头企业均注册在福田。")]
[('enterprises', '普路通'), ('enterprises', '信利康'), ('enterprises', '朗华')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterator

from policykg.loaders.entity_lexicon import lexicon
from policykg.loaders.entity_names import HARD_BOUNDARY, is_named, trim_left

__all__ = ["Found", "find_orgs"]

_COMPANY_SUFFIX = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "分公司", "公司", "银行", "分行", "支行",
                   "供电局")
_NOT_COMPANY = re.compile(r"人民银行|中央银行|世界银行|亚洲开发银行|亚投行|^(?:分|子|总)公司$")
_PERSON_TITLE = re.compile(
    r"(?:党委|党组)?副?(?:秘书长|主任|会长|院长|理事长|书记|主席|所长|校长|教授|研究员|总经理|董事长|首席|总裁|部长|局长"
    r"|处长|科长|专家|博士|代表|委员|负责人)"
)
_DESIGNATION = re.compile(
    r"^(?:国际|全球|全国|世界|区域)?性?(?:科技创新|科创|创新|金融|贸易|航运|消费|物流|商贸|文化|时尚|数据|人才|制造|商业|供应链)中心$"
)
_ENUM_HEAD = re.compile(
    r"(?:等|为代表的|在内的)\s*(?:\d+|[一二三四五六七八九十百几多数]+)?\s*(?:家|个|所|位)?"
    r"(?P<mod>[^,。;:!?、()“”\n]{0,16}?)(?P<head>企业|公司|品牌|厂商|巨头|龙头|券商|运营商|服务商|供应商)"
)
_HEAD_FIRST = re.compile(r"(?:企业|公司|品牌|厂商)[,:]?(?:如|包括|例如|比如|诸如)(?P<list>[^,。;:!?()\n]{2,80}?)(?=等|[,。;:)\n]|$)")
_GENERIC_ITEM_END = re.compile(r"(?:企业|机构|单位|部门|高校|院校|院所|组织|政府|园区|行业|领域|产业|群体|人才|团队|项目)$")
_APP = re.compile(r"(?<![A-Za-z\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,3}i[\u4e00-\u9fff]{1,3}|i[\u4e00-\u9fff]{2,4})(?=[、,。;:)”等和及]|$)")
_MOD_OK = frozenset({"和", "与", "及", "或", "的", "以及", "众多", "一批", "多家", "若干", "各类", "世界顶尖", "全球顶尖",
                     "世界顶级", "国内外", "海内外", "国内", "知名"})
_PLACE_IN_NAME = re.compile(r"\([\u4e00-\u9fff]{2,6}\)(?=[\u4e00-\u9fff]{0,10}(?:有限公司|有限责任公司|集团|公司))")
_SPLIT_LAST = re.compile(r"以及|及|和|与")
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


class _Bounds:
    """Hard-boundary positions of a text, for O(log n) chunk starts.

    Brackets around a place inside a company name (本源量子计算科技(合肥)股份有限公司) are not boundaries.
    """

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        inner = {i for m in _PLACE_IN_NAME.finditer(text) for i in (m.start(), m.end() - 1)}
        self.pos = [m.start() for m in pattern.finditer(text) if m.start() not in inner]

    def start_before(self, i: int) -> int:
        k = bisect_left(self.pos, i)
        return self.pos[k - 1] + 1 if k else 0


def _suffix_re(suffixes: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(s) for s in sorted(set(suffixes), key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?![生链型化式性级界]|企业|公司|经济|城区|公园)")


def _platform_candidates(text: str, hard: _Bounds, is_agency: Callable[[str], bool]) -> Iterator[Found]:
    lex = lexicon()
    for m in _suffix_re(list(lex.suffix_class)).finditer(text):
        suffix, e = m.group(0), m.end()
        c0 = max(hard.start_before(m.start()), e - 40)
        if e - c0 <= len(suffix):
            continue
        t = trim_left(text[c0:e])
        name, start = t.text, c0 + t.offset
        if len(name) <= len(suffix) or len(name) > 32 or is_agency(name):
            continue
        if _PERSON_TITLE.match(text, e) or _is_designation(name, suffix):
            continue
        yield Found("platforms", name, start, e, is_named(name, suffix), t.marker is not None)


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
    pattern = _suffix_re(list(_COMPANY_SUFFIX))
    for m in pattern.finditer(text):
        suffix, e = m.group(0), m.end()
        c0 = max(hard.start_before(m.start()), e - 40)
        t = trim_left(text[c0:e], pos_stops=False)  # company names hold verbs: 投资控股, 建设发展
        name, start = t.text, c0 + t.offset
        if len(name) <= len(suffix) or len(name) > 32 or _NOT_COMPANY.search(name):
            continue
        if is_named(name, suffix):
            yield Found("enterprises", name, start, e)
    for m in re.finditer(r"总部(?=[、,。;等和及与]|$)", text):
        c0 = max(hard.start_before(m.start()), m.start() - 30)
        t = trim_left(text[c0:m.start()] + "总部")
        stem = t.text[:-2]
        if len(stem) >= 2 and _is_company_name(stem):
            yield Found("enterprises", stem, c0 + t.offset, m.start())


def _is_company_name(stem: str) -> bool:
    lex = lexicon()
    if any(stem.endswith(s) for s in lex.suffix_class) or lex.is_place(stem):
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
        out[0] = (t.text, p0 + t.offset)
    return out


def _item_found(item: str, start: int, lex_kind: str, is_agency: Callable[[str], bool]) -> Found | None:
    lex = lexicon()
    raw = item
    item = item.strip()
    start += len(raw) - len(raw.lstrip())
    if not 2 <= len(item) <= 20 or not re.search(r"[\u4e00-\u9fffA-Za-z]", item) or is_agency(item):
        return None
    for suffix in sorted(lex.suffix_class, key=len, reverse=True):
        if item.endswith(suffix) and len(item) > len(suffix):
            return Found("platforms", item, start, start + len(item), is_named(item, suffix))
    if lex_kind != "enterprises" or _GENERIC_ITEM_END.search(item) or lex.is_place(item):
        return None
    if item.endswith("总部"):
        item = item[:-2]
    tokens = lex.tokens(item)
    if "企业" in item or all(t in lex.generic or lex.is_boundary(t) for t in tokens):
        return None
    if 2 * sum(lex.is_boundary(t) for t in tokens) > len(tokens):
        return None  # 上门走访, 加强对接: an activity, not a company
    return Found("enterprises", item, start, start + len(item))


def _enumerations(text: str, soft: _Bounds, is_agency: Callable[[str], bool]) -> Iterator[Found]:
    lex = lexicon()
    for m in _ENUM_HEAD.finditer(text):
        if any(t in lex.boundaries and t not in _MOD_OK for t in lex.tokens(m.group("mod"))):
            continue  # 等多方式联系企业: a verb between the list and the head
        end = m.start()
        c0 = max(soft.start_before(end), end - 160)
        if "、" not in text[c0:end] and not m.group(0).startswith(("为代表", "在内")):
            # a single item before 等 is named by its own ending, if at all
            if end - c0 > 12:
                continue
        if m.group(0).startswith("为代表") and text[c0:end].startswith("以") and not text[c0:end].startswith("以及"):
            c0 += 1
        for item, start in _items(text, c0, end):
            f = _item_found(item, start, "enterprises", is_agency)
            if f:
                yield f
    for m in _HEAD_FIRST.finditer(text):
        for item, start in _items(text, m.start("list"), m.end("list")):
            f = _item_found(item, start, "enterprises", is_agency)
            if f:
                yield f


def _known(text: str) -> Iterator[Found]:
    lex = lexicon()
    names = [n for n, k in lex.gazetteer.items() if k == "platform"]
    if names:
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        for m in re.finditer(alt, text):
            yield Found("platforms", m.group(0), m.start(), m.end())
    for m in _APP.finditer(text):
        yield Found("platforms", m.group(0), m.start(), m.end())


def find_orgs(text: str, is_agency: Callable[[str], bool] | None = None) -> list[Found]:
    """Enterprise and platform candidates of ``text``, in text order (before deduplication)."""
    is_agency = is_agency or (lambda name: False)
    hard = _Bounds(text, HARD_BOUNDARY)
    soft = _Bounds(text, _SOFT_BOUNDARY)
    found = [*_platform_candidates(text, hard, is_agency), *_company_candidates(text, hard),
             *_enumerations(text, soft, is_agency), *_known(text)]
    found.sort(key=lambda f: (f.start, -f.end))
    return _vouch(text, found)


def _vouch(text: str, found: list[Found]) -> list[Found]:
    """Accept a generic platform whose enumeration siblings are mostly named; drop the other generic ones."""
    plats = [f for f in found if f.kind == "platforms"]
    groups: list[list[Found]] = []
    for f in plats:
        if groups and re.fullmatch(r"、|和|及|以及|与", text[groups[-1][-1].end:f.start] or "-"):
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
