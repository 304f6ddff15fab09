"""Name boundaries: where a named entity starts, and whether a name is specific.

A candidate is the text from the last hard boundary (punctuation, 、) up to a
name ending (研究院, 有限公司 ...).  :func:`trim_left` cuts it after the last
word that cannot belong to a name (a verb, an adverb, a particle, a number, 的),
then two appositive rules: 国有物业 + 湾区时尚总部中心 starts at the place;
深圳首个国际组织平台 + 金砖国家… starts after the inner category word.
:func:`is_named` tells a specific name (苏州综合金融服务平台) from a category
(区块链公共服务平台).

Examples
--------
>>> trim_left("目前已完成安恒信息").text
'安恒信息'
>>> trim_left("全球数字经济超算算力排名前50名的粤港澳大湾区数字经济研究院").text
'粤港澳大湾区数字经济研究院'
>>> trim_left("如深圳首个国际组织平台金砖国家未来网络研究院中国分院").text
'金砖国家未来网络研究院中国分院'
>>> is_named("苏州综合金融服务平台", "平台"), is_named("全市商事主体区块链信用平台", "平台")
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.entities.lexicon import lexicon

__all__ = ["Trimmed", "trim_left", "is_named", "kinds_of_work", "described_list", "INSTANCE_MARKERS", "HARD_BOUNDARY"]

# Characters no name crosses (、 separates enumerated names).
HARD_BOUNDARY = re.compile(r"[,。;:!?、()\[\]“”‘’\"'《》〈〉【】\n\t|/]")
# Words before a name that make it a specific, existing instance (全市首个…, 已建成…).
INSTANCE_MARKERS = frozenset({"首个", "首家", "唯一", "第一个", "首座", "首批", "建成", "已建成", "建成了", "拥有", "已有", "现有",
                              "成立了", "组建了"})
_CONJUNCTIONS = frozenset({"和", "与", "及"})
_INNER_WORDS = frozenset({"联合"})
_QUOTES = frozenset("“”‘’\"'")  # verbs that also name a body after a place: 北京联合大学
_NATIONAL_LEAD = frozenset({"国家", "中国"})
_AGENCY_END = re.compile(r"(?:局|委|办|厅|部|署|政府)$")
# 国家 + two or more field words + an institution ending names one national centre (国家信息光电子创新中心);
# with a level or designation word it is a category (国家重点实验室, 国家制造业创新中心)
_NATIONAL_CENTRE = re.compile(r"(?:创新中心|实验室|研究院|研究中心|技术中心|中心|平台)$")
_DESIGNATION_WORDS = frozenset({"重点", "示范", "工程", "企业", "中小企业", "公共服务", "重大", "地方", "区域", "级", "国家级",
                                "技术", "科技", "创新", "产业", "制造业", "工程技术", "骨干", "特色", "专业"})
# a role a plan gives a city or a zone, not a body: 广州南沙新区城市副中心, 国际化创新型金融中心, 桂中区域储能中心
_ROLE_CENTRE = re.compile(r"(?:城市副|(?:国际|区域)[\u4e00-\u9fff]{0,6}?(?:金融|消费|航运|贸易|储能|能源|物流))中心$")
_LEGAL_SUFFIXES = frozenset({"有限公司", "股份有限公司", "有限责任公司", "集团有限公司"})
_CATEGORY_INNER = re.compile(r"平台|机构|载体|组织")
# what ends the text before a name when the tokenizer glues it to the name's first word: a preposition
# (至市大数据平台, 与委应急信息平台) or an address (凤凰大道1号南沙政务服务中心, 嘉汇路交叉口嘉祥县妇女儿童医院)
_ADDRESS = re.compile(r"[^号]*?(?:路|街|大道|巷)\d+号|[\u4e00-\u9fff]{1,6}?(?:交叉口|路口)")
_LEAD_CHARS = frozenset("至与及号")
_ORG_END = re.compile(r"(?:实验室|研究院|研究所|中心|大学|学院|公司|集团|银行|协会|联盟|平台)$")


@dataclass(frozen=True)
class Trimmed:
    """A name cut out of a candidate phrase: ``text`` starts ``offset`` characters into it."""

    text: str
    offset: int
    marker: str | None = None  # the instance marker (首个 ...) that ended the name on its left


@lru_cache(maxsize=65536)  # candidate phrases recur across the documents of a corpus (the lexicons never change)
def trim_left(phrase: str, keep: frozenset[str] = frozenset(), pos_stops: bool = True) -> Trimmed:
    """Cut a candidate phrase after the last word that cannot be part of a name.

    ``keep``: words that may be part of the name here; ``pos_stops=False``: only
    listed boundary words and numbers end a name (program names hold verbs: 扩容工程).
    """
    lex = lexicon()
    start = 0
    k = phrase.rfind("的")
    if 0 <= k < len(phrase) - 1:
        start = k + 1
    lead = _ADDRESS.match(phrase, start)
    if lead and lead.end() < len(phrase) - 1:
        start = lead.end()
    tokens = lex.tokens(phrase[start:])
    if len(tokens) > 1 and len(tokens[0]) > 1 and tokens[0][0] in _LEAD_CHARS and lex.tag(tokens[0]) == "x":
        start += 1  # a preposition the segmenter glued to an unknown word: 至市 | 大数据平台
        tokens = lex.tokens(phrase[start:])
    pos = [0]
    for t in tokens:
        pos.append(pos[-1] + len(t))
    cut, marker = 0, None
    i = len(tokens) - 2
    while i >= 0:
        t = tokens[i]
        if t not in keep and _stops(lex, t, pos_stops):
            if t in _CONJUNCTIONS and (_generic_run(lex, tokens, i, pos_stops) or _named_run(lex, tokens, i, pos_stops)):
                i -= 1
                continue  # 量子信息与量子科技创新研究院: a conjunction inside a descriptive name
            if t in _INNER_WORDS and any(lex.is_place(x) for x in tokens[max(0, i - 2):i]) \
                    and not _stops(lex, tokens[i - 1], pos_stops) and not _AGENCY_END.search(tokens[i - 1]):
                i -= 1
                continue  # 武汉光谷联合产权交易所, 北京联合大学: 联合 names the body, it is not a verb here
            cut = i + 1
            marker = t if t in INSTANCE_MARKERS else None
            if t == "了" and i and tokens[i - 1] in INSTANCE_MARKERS:
                marker = tokens[i - 1]
            break
        i -= 1
    cut = _located_start(lex, tokens, cut, pos_stops)
    # 国有物业湾区时尚总部中心: a generic lead-in before a place that starts the name
    names = tokens[cut:]
    for j in range(1, len(names) - 2):  # 国家超级计算深圳中心: a place before a bare ending locates, it does not start
        if names[0] in _NATIONAL_LEAD:
            break  # 国家集成电路设计无锡产业化基地: a national name places its site inside
        if names[0] in _QUOTES:
            break  # “好客山东云游齐鲁”智慧文旅平台: the label quote starts the name
        if lex.is_place(names[j]) and names[j - 1] != "(" and not any(
                lex.is_proper(t) or lex.is_brand(t) or len(t) == 1 for t in names[:j]):  # 中新广州知识城: 中新 names it
            if not _ORG_END.search("".join(names[:j])):
                cut += j
            break
    # 国际组织平台金砖国家未来网络研究院中国分院: a generic appositive before the real name
    names = tokens[cut:]
    best = 0
    for j in range(len(names) - 1):
        if lex.is_proper(names[j]):
            break
        if _CATEGORY_INNER.fullmatch(names[j]):
            rest = names[j + 1:]
            if len("".join(rest)) >= 4 and any(lex.is_proper(t) for t in rest[:-1]):
                best = j + 1
    if best:
        cut += best
        marker = None
    off = start + pos[cut]
    return Trimmed(phrase[off:], off, marker)


def _located_start(lex, tokens: list[str], cut: int, pos_stops: bool) -> int:  # noqa: ANN001
    """Move a name's start back over field verbs to the place that opens it.

    广州市充电设施智能管理平台, 国家统计联网直报平台: a verb that only the dictionary's part of speech
    marks (充电, 统计, 举报) is a field word inside a name that a place (or 国家, 全国) starts; a listed
    boundary word (支持, 建设, 推动) still ends the name, so 深圳市支持建设区块链平台 is not one name.
    """
    if not pos_stops or cut == 0:
        return cut
    for j in range(cut - 1, max(-1, cut - 4), -1):
        t = tokens[j]
        if lex.is_place(t) or t in _NATIONAL_LEAD or t == "全国":
            return j
        if t in lex.boundaries or len(t) < 2 or not lex.is_boundary(t) and lex.tag(t) == "x":
            return cut
    return cut


def _stops(lex, token: str, pos_stops: bool) -> bool:  # noqa: ANN001
    if pos_stops:
        return lex.is_boundary(token)
    return (token in lex.boundaries or (len(token) >= 2 and lex.tag(token) in ("m", "mq", "q"))
            or bool(re.fullmatch(r"\d+[年个家项批]?", token)))


def _named_run(lex, tokens: list[str], i: int, pos_stops: bool) -> bool:  # noqa: ANN001
    """Whether the conjunction at ``i`` joins two fields inside a located name (…青岛生物能源与过程研究所).

    The words before it (back to a boundary) hold a place or an institution, and only a
    short phrase (four characters at most) stands between it and the name's ending.
    """
    run: list[str] = []
    for t in reversed(tokens[:i]):
        if _stops(lex, t, pos_stops):
            break
        run.append(t)
    after = tokens[i + 1:-1]
    return (bool(run) and any(lex.is_place(t) or _ORG_END.search(t) or t in _NATIONAL_LEAD for t in run)
            and 0 < len("".join(after)) <= 4 and not any(_stops(lex, t, pos_stops) for t in after))


def _generic_run(lex, tokens: list[str], i: int, pos_stops: bool) -> bool:  # noqa: ANN001
    """Whether the words before the conjunction at ``i`` (back to a boundary) are a short generic phrase."""
    run: list[str] = []
    for t in reversed(tokens[:i]):
        if _stops(lex, t, pos_stops):
            break
        run.append(t)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if lex.is_place(nxt) or lex.is_proper(nxt):
        return False  # 企业与北京大学: the conjunction joins two things, a named one starts after it
    return bool(run) and len("".join(run)) <= 8 and all(t in lex.generic for t in run)


@lru_cache(maxsize=8192)  # a pure function of its strings (the lexicons never change): names recur
def is_named(name: str, suffix: str) -> bool:
    """Whether ``name`` (ending in ``suffix``) names one specific thing rather than a category."""
    lex = lexicon()
    if name in lex.gazetteer:
        return lex.gazetteer[name] == "platform"
    if _ROLE_CENTRE.search(name):
        return False
    stem = name[: len(name) - len(suffix)] if suffix and name.endswith(suffix) else name
    if not stem:
        return False
    cls = lex.suffix_class.get(suffix, "category")
    if cls == "instance" and len(stem) >= 2:
        return True
    tokens = [t for t in lex.tokens(stem) if t not in _QUOTES]
    if suffix in _LEGAL_SUFFIXES:  # a registered company name: any word that is not generic makes it one
        return any(t not in lex.generic and not lex.is_boundary(t) and len(t) >= 2 for t in tokens)
    if cls == "association" and tokens and tokens[0] in ("中国", "全国", "世界", "国际", "亚洲", "全球"):
        return True
    if cls == "placed":  # 北京市政务服务网, 中国国际进口博览会: a place or the nation names it, nothing else does
        return bool(tokens) and (tokens[0] in ("中国", "全国", "国家", "世界", "国际", "全球")
                                 or any(lex.is_place(t) for t in tokens))
    if tokens and tokens[0] in ("国家", "全国") and _NATIONAL_CENTRE.search(name):
        rest = [t for t in tokens[1:] if t not in _CONJUNCTIONS]
        fields = [t for t in rest if t not in _DESIGNATION_WORDS and not lex.is_boundary(t)]
        if len(fields) >= 2 and len(fields) == len(rest):
            return True
    return _has_proper(lex, tokens)


def _has_proper(lex, tokens: list[str]) -> bool:  # noqa: ANN001
    """A place, gazetteer name or dictionary proper noun anywhere, or an unknown word leading the name."""
    for i, t in enumerate(tokens):
        if lex.is_proper(t):
            return True
        if lex.is_brand(t) and (i == 0 or lex.is_place(tokens[i - 1])):
            return True
    return False


def described_list(items: list[tuple[str, int]], lex) -> bool:  # noqa: ANN001 - Lexicon
    """Whether a list of three or more holds an item a common word describes (智能家电, 小化工, 网络信贷)."""
    return len(items) >= 3 and any(len(toks) >= 2 and any(t in lex.generic or lex.tag(t) in ("a", "v", "vn", "t") for t in toks)
                                   for toks in (lex.tokens(i.strip()) for i, _ in items))


def kinds_of_work(items: list[tuple[str, int]], lex) -> bool:
    """Whether most items of a list of three or more are activities (评估, 咨询, 建筑测量): the list names
    trades, and the head after 等 (专业服务企业) the businesses that practise them."""
    if len(items) < 2:
        return False
    acts = 0
    for item, _ in items:
        tokens = lex.tokens(item.strip())
        acts += bool(tokens) and lex.tag(tokens[-1]) in ("v", "vn")
    return 2 * acts >= len(items) if len(items) >= 3 else acts == len(items)  # 回收、拆解等第三方企业: two trades
