"""Overlap of measures across policies, and co-responsibility of agencies.

One algorithm, used by the graph edges, the canned questions, the views and
the Python API alike (:data:`METHOD` is recorded on every edge):

* **content**: cosine similarity of TF-IDF vectors (sublinear tf, smoothed
  idf over the measures of the graph) of the measures' words. Words come from
  jieba in search mode (a compound such as 人才服务中心 also yields 人才 and
  服务中心), keep two characters or more, drop :data:`STOP_WORDS` (the verbs and
  fillers every policy uses), numbers and the corpus' place names (jieba's
  dictionary only, no HMM guessing of unknown words: faster and stable); the title counts :data:`TITLE_WEIGHT` times, and a
  trailing list of responsible units ``(市工信局、市财政局)`` is dropped, since
  agencies are compared on their own;
* **agencies**: Jaccard similarity of the *functions* of the responsible
  agencies (:func:`agency_function`: 苏州市科学技术局 and 深圳市科技创新委员会 share
  the function 科学技术局). It only counts when both measures name units;
* ``score = content * (1 + AGENCY_BOOST * agencies)``: shared functions
  strengthen a content overlap but never make one on their own. Measures of
  *different* policies with ``score >= THRESHOLD`` overlap; each measure keeps
  its :data:`MAX_NEIGHBOURS` best overlaps (an edge stays when it is among the
  best of either end), so a corpus of near-copies does not get quadratically
  many edges.

The threshold was set on the 苏州 and 深圳 blockchain plans of the sample
corpus (``tests/test_overlap.py`` lists the pairs a reader calls overlapping
and the ones they would not).

Candidates come from an inverted index: each measure is paired with the
measures sharing one of its :data:`TOP_WORDS` strongest words (words in more
than :data:`MAX_POSTINGS` measures are too common to propose pairs), so the
cost grows with the number of similar pairs, not with the square of the
number of measures.

Examples
--------
>>> vec_a, vec_b = {"人才": 0.8, "培训": 0.6}, {"人才": 1.0}
>>> score, c, a = measure_similarity(vec_a, vec_b, {"人力资源和社会保障局"}, {"人力资源和社会保障局"})
>>> round(c, 2), a, round(score, 2)
(0.8, 1.0, 1.2)
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import combinations

from policykg.graph.model import DERIVED, Edge, PolicyGraph

__all__ = [
    "overlap_edges", "co_responsibility_edges", "measure_similarity", "measure_words", "tokens", "place_words",
    "agency_function", "METHOD", "THRESHOLD", "AGENCY_BOOST", "TITLE_WEIGHT", "MAX_NEIGHBOURS", "STOP_WORDS",
]

log = logging.getLogger(__name__)

THRESHOLD = 0.12
AGENCY_BOOST = 0.5
TITLE_WEIGHT = 2
TOP_WORDS = 16
MAX_POSTINGS = 400
MAX_NEIGHBOURS = 10
METHOD = (f"overlap-v2: tfidf-cosine(jieba-search-dict, title x{TITLE_WEIGHT})"
          f" * (1 + {AGENCY_BOOST} * agency-function-jaccard) >= {THRESHOLD}, top {MAX_NEIGHBOURS} per measure")

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,}$")
#: Words every policy text uses whatever it is about: action verbs, intensifiers, fillers.
STOP_WORDS = frozenset(
    "加快 推进 推动 加强 加大 支持 鼓励 建设 开展 发展 提升 完善 积极 探索 进一步 一步 相关 领域 方面 重点 一批 各类 "
    "我市 全市 我区 全区 通过 围绕 面向 依托 深化 不断 能力 水平 体系 机制 作用 提供 形成 打造 构建 实现 促进 充分 "
    "引导 给予 组织 工作 有关 以及 对于 具有 培育 基础 设立 建立 单位 基于 参与 发挥 提高 增强 推广 重大 实施 主要 "
    "各级 国内外 国内 国际 区块 责任 负责 按照 根据 符合 条件 进行 做好 切实 持续 着力 努力 全面 有效 良好 "
    "各地 地区 部门 各区 配合 落实 政策 措施 若干 出台 获得 针对 年度 同时 万元 亿元 最高 不超过 不低于 以上 以下 "
    "分别 每年 累计 单个".split()
)
_EXTRA_WORDS = ("区块链", "联盟链", "上链", "用链")
_TRAILING_UNITS = re.compile(r"[((](?:责任单位|牵头单位|配合单位)?[::]?[^()()]{2,}[))][。.;;\s]*$")
_JURISDICTION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|区|县))+")
#: Agency functions under different names: (canonical function, pattern of the name).
_FUNCTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((canon, re.compile(rx)) for canon, rx in (
    ("中国人民银行", r"人民银行"),
    ("税务局", r"税务(?:总)?局"),
    ("科学技术局", r"科技创新委员会|科技创新局|科学技术局$|科技局$|科技委$|科技和工业信息化局"),
    ("工业和信息化局", r"工业和信息化|工信局|经济和信息化|经信委|经信局"),
    ("发展和改革委员会", r"发展和改革|发展改革|发改"),
    ("地方金融监督管理局", r"金融工作局|金融监督管理局|金融监管局|金融服务办|金融局|金融办"),
    ("人力资源和社会保障局", r"人力资源|人社局"),
    ("市场监督管理局", r"市场监督管理|市场监管"),
    ("政务服务数据管理局", r"政务服务数据|政务服务和数据|大数据管理|大数据局|数据管理局|数据局$"),
    ("卫生健康委员会", r"卫生健康|卫健"),
    ("管理委员会", r"管理委员会$|管委会$"),
    ("人民政府", r"人民政府$"),
))


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()  # private: our extra words do not change anybody else's jieba
    tk.initialize()
    for word in _EXTRA_WORDS:
        tk.add_word(word, 2000)
    return tk


@lru_cache(maxsize=16384)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _tokenizer().lcut_for_search(text, HMM=False)
                 if _WORD.match(w) and not w.isdigit() and w not in STOP_WORDS)


def tokens(text: str, stop: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Content words of a text: jieba search mode (dictionary words, no HMM guessing), two
    characters or more, no numbers, no stop words.

    ``stop`` adds stop words (the overlap passes the corpus' place names).

    >>> "人才" in tokens("加强区块链人才引育,开展人才培训")
    True
    >>> tokens("加强福田区人才培训,给予最高100万元奖励", stop={"福田区", "福田"})
    ['人才', '培训', '奖励']
    """
    words = _content_words(text)
    return [w for w in words if w not in stop] if stop else list(words)


def measure_words(title: str, text: str, stop: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The words of a measure as the overlap counts them: the title :data:`TITLE_WEIGHT` times, then the text.

    The text loses a leading copy of the title and a trailing list of
    responsible units.

    >>> measure_words("人才培训", "人才培训。开展人才培训。(市人社局)")
    ['人才', '培训', '人才', '培训', '人才', '培训']
    """
    title = (title or "").strip()
    text = (text or "").strip()
    if title and text.startswith(title):
        text = text[len(title):]
    text = _TRAILING_UNITS.sub("", text)
    return tokens(title, stop) * TITLE_WEIGHT + tokens(text, stop)


def place_words(g: PolicyGraph) -> frozenset[str]:
    """The corpus' jurisdiction names, with and without their suffix (福田区, 福田): not content words."""
    out = set()
    for j in g.by_label("Jurisdiction"):
        name = j.name or ""
        out.add(name)
        short = re.sub(r"(?:省|市|区|县|自治区|特别行政区)$", "", name)
        if len(short) >= 2:
            out.add(short)
    return frozenset(out)


def agency_function(name: str) -> str:
    """An agency's function: its name without the jurisdiction, with synonyms folded.

    Two agencies of different places doing the same job get the same function.

    >>> agency_function("深圳市工业和信息化局")
    '工业和信息化局'
    >>> agency_function("福田区科技创新局") == agency_function("苏州市科学技术局")
    True
    >>> agency_function("中国人民银行深圳市中心支行")
    '中国人民银行'
    >>> agency_function("苏州市民政局")
    '民政局'
    """
    for canon, pattern in _FUNCTIONS:
        if pattern.search(name):
            return canon
    return _JURISDICTION_PREFIX.sub("", name) or name


def _vectors(docs: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    df = Counter(w for ws in docs.values() for w in set(ws))
    n = len(docs)
    vecs = {}
    for key, ws in docs.items():
        tf = Counter(ws)
        v = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[key] = {w: x / norm for w, x in v.items() if x > 0}
    return vecs


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def measure_similarity(vec_a: dict[str, float], vec_b: dict[str, float], ag_a: set[str],
                       ag_b: set[str]) -> tuple[float, float, float]:
    """``(score, content, agencies)`` of two measures; see the module docstring.

    ``vec_a`` and ``vec_b`` are unit TF-IDF vectors; ``ag_a`` and ``ag_b`` the
    functions of the responsible agencies (:func:`agency_function`).
    """
    content = sum(vec_a[w] * vec_b[w] for w in vec_a.keys() & vec_b.keys())
    agencies = _jaccard(ag_a, ag_b)
    return content * (1 + AGENCY_BOOST * agencies), content, agencies


def overlap_edges(g: PolicyGraph, threshold: float = THRESHOLD) -> list[Edge]:
    """OVERLAPS edges between similar measures of different policies (graph ``derived``).

    Each edge goes from the smaller measure key to the larger and carries
    ``score``, ``content``, ``agencies``, ``method``, ``shared_words`` and
    ``shared_functions``.
    """
    measures = g.by_label("Measure")
    if len(measures) < 2:
        return []
    policy = {m.key: m.get("policy") for m in measures}
    places = place_words(g)
    vecs = _vectors({m.key: measure_words(m.get("title") or m.name, m.get("text") or "", places) for m in measures})
    functions: dict[str, set[str]] = defaultdict(set)
    for e in g.edges_of("RESPONSIBLE_FOR"):
        functions[e.dst].add(agency_function(g.nodes[e.src].name))
    postings: dict[str, list[str]] = defaultdict(list)
    for key, v in vecs.items():
        for w in v:
            postings[w].append(key)
    pairs: set[tuple[str, str]] = set()
    for a, v in vecs.items():
        for w, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WORDS]:
            keys = postings[w]
            if len(keys) > MAX_POSTINGS:
                continue
            for b in keys:
                if policy[a] != policy[b]:
                    pairs.add((a, b) if a < b else (b, a))
    scored = []
    for a, b in pairs:
        score, content, agencies = measure_similarity(vecs[a], vecs[b], functions[a], functions[b])
        if score >= threshold:
            scored.append((score, content, agencies, a, b))
    scored.sort(key=lambda s: (-s[0], s[3], s[4]))
    rank: Counter[str] = Counter()  # how many better overlaps each measure has
    kept = []
    for s in scored:
        a, b = s[3], s[4]
        if rank[a] < MAX_NEIGHBOURS or rank[b] < MAX_NEIGHBOURS:
            kept.append(s)
        rank[a] += 1
        rank[b] += 1
    out = []
    for score, content, agencies, a, b in sorted(kept, key=lambda s: (s[3], s[4])):
        shared = sorted(set(vecs[a]) & set(vecs[b]), key=lambda w: (-(vecs[a][w] * vecs[b][w]), w))[:8]
        out.append(Edge(a, "OVERLAPS", b, {
            "score": round(score, 4), "content": round(content, 4), "agencies": round(agencies, 4),
            "method": METHOD, "shared_words": " ".join(shared),
            "shared_functions": " ".join(sorted(functions[a] & functions[b])) or None,
        }, DERIVED))
    log.info("overlap: %d measures, %d candidate pairs, %d at or over %.2f, %d kept", len(measures), len(pairs),
             len(scored), threshold, len(out))
    return out


def co_responsibility_edges(g: PolicyGraph) -> list[Edge]:
    """CO_RESPONSIBLE edges between agencies sharing measures, weighted by their count."""
    by_measure: dict[str, set[str]] = defaultdict(set)
    for e in g.edges_of("RESPONSIBLE_FOR"):
        by_measure[e.dst].add(e.src)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m, agencies in by_measure.items():
        for a, b in combinations(sorted(agencies), 2):
            shared[(a, b)].append(m)
    return [Edge(a, "CO_RESPONSIBLE", b, {"weight": len(ms), "measures": tuple(sorted(ms))}, DERIVED)
            for (a, b), ms in sorted(shared.items())]
