"""Overlap of measures across policies: the similarity, its words (jieba) and its edges.

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
* **policies**: how alike the two policies are: the cosine similarity of
  the sums of their measures' vectors, over :data:`POLICY_FULL` and at most 1
  (policies at least that alike count fully, less alike ones in proportion).
  Two measures about 联席会议 or 申报材料 in policies about grain reserves and
  waste sorting share words, not a task;
* ``score = content * (1 + AGENCY_BOOST * agencies) * policies``: shared
  functions strengthen a content overlap but never make one on their own.
  A pair is kept when one measure is the other's best match in its policy
  (in two plans on the same subject every measure resembles every other; its
  counterpart is the one that resembles it most), and measures of *different*
  policies with ``score >= THRESHOLD`` overlap; each measure keeps its
  :data:`MAX_NEIGHBOURS` best overlaps (an edge stays when it is among the
  best of either end), so a corpus of near-copies does not get quadratically
  many edges.
* the closing safeguard sections of plans (加强组织领导, 资金保障, 考核, 宣传:
  :mod:`policykg.graph.boilerplate`) take no part.

The threshold was measured on a gold of 195 measure pairs of the real
development corpus labelled blind (``tests/data/overlap_gold``, scored by
``tests/test_overlap_gold.py``); ``tests/test_overlap.py`` lists the pairs of
the 苏州 and 深圳 blockchain plans a reader calls overlapping and the ones they
would not.

Candidates come from an inverted index (a sparse matrix product, numpy and
scipy): each measure is paired with the measures sharing one of its
:data:`TOP_WORDS` strongest words (words in more than :data:`MAX_POSTINGS`
measures are too common to propose pairs), and keeps the
:data:`MAX_CANDIDATES` of them its proposing words make most similar, so each
measure costs at most ``TOP_WORDS * MAX_POSTINGS`` operations and the whole
grows linearly with the number of measures, not with its square.  Only the
candidates get a full cosine.

Examples
--------
>>> agency_function("苏州市科学技术局"), agency_function("深圳市科技创新委员会")
('科学技术局', '科学技术局')
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Mapping, Sequence

from policykg.graph._overlap_pairs import (
    agency_similarity,
    best_in_policy,
    best_neighbours,
    policy_similarity,
    rowwise_dot,
)
from policykg.graph.model import DERIVED, Edge, PolicyGraph

__all__ = [
    "overlap_edges", "measure_words", "tokens", "place_words",
    "agency_function", "METHOD", "THRESHOLD", "POLICY_FULL", "AGENCY_BOOST", "TITLE_WEIGHT", "MAX_NEIGHBOURS", "STOP_WORDS",
]

log = logging.getLogger(__name__)

THRESHOLD = 0.25
POLICY_FULL = 0.5
AGENCY_BOOST = 0.5
TITLE_WEIGHT = 2
TOP_WORDS = 16
MAX_POSTINGS = 400
MAX_NEIGHBOURS = 10
MAX_CANDIDATES = 128
METHOD = (f"overlap-v3: tfidf-cosine(jieba-search-dict, title x{TITLE_WEIGHT})"
          f" * (1 + {AGENCY_BOOST} * agency-function-jaccard) * min(1, policy-cosine / {POLICY_FULL}),"
          f" best match per policy,"
          f" safeguard sections out, >= {THRESHOLD}, top {MAX_NEIGHBOURS} per measure")

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
#: A leading item number: 第十一条, 一、, (十一), 1. / 1、 (the numbers are not content, and they hide a title copy)
_ITEM_NUMBER = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇0-9]+条|[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百0-9]+[)）]|[0-9]+(?:[.．][0-9]+)*[.．、](?![0-9]))\s*")
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
    from policykg._jieba import private_tokenizer

    tk = private_tokenizer()  # private: our extra words do not change anybody else's jieba
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

    The text loses its leading item number, a leading copy of the title and a
    trailing list of responsible units.

    >>> measure_words("人才培训", "人才培训。开展人才培训。(市人社局)")
    ['人才', '培训', '人才', '培训', '人才', '培训']
    >>> measure_words("人才培训", "(十一)人才培训。开展人才培训。")
    ['人才', '培训', '人才', '培训', '人才', '培训']
    """
    title = _ITEM_NUMBER.sub("", (title or "").strip())
    text = _ITEM_NUMBER.sub("", (text or "").strip())
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


def _matrix(words: list[list[str]]):  # -> (csr_matrix, vocabulary, df)
    """Unit TF-IDF row vectors (sublinear tf, smoothed idf) of the measures, columns in word order."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocab = sorted({w for ws in words for w in ws})
    col = {w: i for i, w in enumerate(vocab)}
    rows, cols, counts = [], [], []
    for r, ws in enumerate(words):
        for w, c in sorted(Counter(ws).items()):
            rows.append(r)
            cols.append(col[w])
            counts.append(c)
    n = len(words)
    rows_a, cols_a = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    df = np.bincount(cols_a, minlength=len(vocab))
    x = (1 + np.log(np.asarray(counts, dtype=np.float64))) * np.log((1 + n) / (1 + df[cols_a]))
    norms = np.sqrt(np.bincount(rows_a, weights=x * x, minlength=n))
    norms[norms == 0] = 1.0
    x = x / norms[rows_a]
    keep = x > 0
    m = csr_matrix((x[keep], (rows_a[keep], cols_a[keep])), shape=(n, len(vocab)))
    m.sort_indices()
    return m, vocab, np.bincount(m.indices, minlength=len(vocab))


def _top_per_row(rows, cols, values, k: int):  # numpy arrays -> boolean mask
    """Mask of the ``k`` largest ``values`` of each row, ties broken by the smaller column."""
    import numpy as np

    order = np.lexsort((cols, -values, rows))
    sorted_rows = rows[order]
    starts = np.searchsorted(sorted_rows, sorted_rows, side="left")
    rank = np.arange(len(order)) - starts
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < k]] = True
    return mask


def _candidates(m, df, policy_ids):  # -> (a, b) index arrays with a < b
    """Candidate pairs: measures sharing one of their :data:`TOP_WORDS` strongest words.

    Words in more than :data:`MAX_POSTINGS` measures propose no pairs; each
    measure keeps the :data:`MAX_CANDIDATES` candidates that its proposing
    words make most similar, so the work grows with the number of measures.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    coo = m.tocoo()
    top = _top_per_row(coo.row, coo.col, coo.data, TOP_WORDS) & (df[coo.col] <= MAX_POSTINGS)
    proposers = csr_matrix((coo.data[top], (coo.row[top], coo.col[top])), shape=m.shape)
    informative = m[:, np.flatnonzero(df <= MAX_POSTINGS)]
    proposers = proposers[:, np.flatnonzero(df <= MAX_POSTINGS)]
    codes = []
    n = m.shape[0]
    step = max(1, 4_000_000 // max(1, TOP_WORDS * MAX_POSTINGS))
    for lo in range(0, n, step):
        part = (proposers[lo:lo + step] @ informative.T).tocoo()
        a, b, v = part.row + lo, part.col, part.data
        ok = policy_ids[a] != policy_ids[b]
        a, b, v = a[ok], b[ok], v[ok]
        keep = _top_per_row(a, b, v, MAX_CANDIDATES)
        a, b = a[keep], b[keep]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not codes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    unique = np.unique(np.concatenate(codes))
    return unique // n, unique % n


def overlap_edges(g: PolicyGraph, threshold: float = THRESHOLD,
                  words: Mapping[str, Sequence[str]] | None = None) -> list[Edge]:
    """OVERLAPS edges between similar measures of different policies (graph ``derived``).

    Each edge goes from the smaller measure key to the larger and carries
    ``score``, ``content``, ``agencies``, ``policies``, ``method``,
    ``shared_words`` and ``shared_functions``.  ``words`` may give a measure's
    :func:`measure_words` computed beforehand without place names (``policykg
    build`` tokenizes in its worker processes); the corpus' place names are
    dropped here.  Measures of safeguard sections
    (:func:`policykg.graph.boilerplate.safeguard_measures`) take no part.
    """
    import numpy as np

    from policykg.graph.boilerplate import safeguard_measures

    every = g.by_label("Measure")
    boilerplate = safeguard_measures(every)
    measures = [m for m in every if m.key not in boilerplate]
    if len(measures) < 2:
        return []
    keys = [m.key for m in measures]
    policies: dict[str, int] = {}
    policy_ids = np.asarray([policies.setdefault(m.get("policy"), len(policies)) for m in measures], dtype=np.int64)
    places = place_words(g)
    given = words or {}

    def words_of(m) -> list[str]:  # noqa: ANN001
        ws = given.get(m.key)
        if ws is None:
            return measure_words(m.get("title") or m.name, m.get("text") or "", places)
        return [w for w in ws if w not in places]

    mat, vocab, df = _matrix([words_of(m) for m in measures])
    functions: dict[str, set[str]] = defaultdict(set)
    for e in g.edges_of("RESPONSIBLE_FOR"):
        functions[e.dst].add(agency_function(g.nodes[e.src].name))
    a, b = _candidates(mat, df, policy_ids)
    content = rowwise_dot(mat, a, b)
    agencies = agency_similarity(keys, functions, a, b)
    similar = policy_similarity(mat, policy_ids, a, b, POLICY_FULL)
    score = content * (1 + AGENCY_BOOST * agencies) * similar
    ok = (score >= threshold) & best_in_policy(a, b, score, policy_ids)
    log.info("overlap: %d measures (%d in safeguard sections left out), %d candidate pairs, %d at or over %.2f",
             len(measures), len(boilerplate), int(ok.size), int(ok.sum()), threshold)
    a, b, score, content, agencies, similar = a[ok], b[ok], score[ok], content[ok], agencies[ok], similar[ok]
    kept = best_neighbours(a, b, score, MAX_NEIGHBOURS)
    a, b, score, content, agencies, similar = (x[kept] for x in (a, b, score, content, agencies, similar))
    shared = _shared_words(mat, vocab, a, b)
    out = []
    for i in range(len(a)):
        ka, kb = keys[a[i]], keys[b[i]]
        out.append(Edge(ka, "OVERLAPS", kb, {
            "score": round(float(score[i]), 4), "content": round(float(content[i]), 4),
            "agencies": round(float(agencies[i]), 4), "policies": round(float(similar[i]), 4), "method": METHOD,
            "shared_words": shared[i], "shared_functions": " ".join(sorted(functions[ka] & functions[kb])) or None,
        }, DERIVED))
    return out


def _shared_words(m, vocab: list[str], a, b) -> list[str]:  # numpy arrays -> strings
    """The 8 words contributing most to each pair's similarity, strongest first (ties by word)."""
    import numpy as np

    out: list[str] = []
    step = 200_000
    for lo in range(0, len(a), step):
        prod = m[a[lo:lo + step]].multiply(m[b[lo:lo + step]]).tocoo()
        mask = _top_per_row(prod.row, prod.col, prod.data, 8)
        rows, cols, vals = prod.row[mask], prod.col[mask], prod.data[mask]
        order = np.lexsort((cols, -vals, rows))
        rows, cols = rows[order], cols[order]
        chunk: list[list[str]] = [[] for _ in range(min(step, len(a) - lo))]
        for r, c in zip(rows.tolist(), cols.tolist()):
            chunk[r].append(vocab[c])
        out.extend(" ".join(ws) for ws in chunk)
    return out
