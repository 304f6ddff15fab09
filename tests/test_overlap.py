"""The measure-overlap algorithm (policykg.graph.overlap) against what a reader sees.

Reading the 苏州 opinions (suzhou-blockchain-opinions-2020-2022) and the 深圳
action plan (shenzhen-blockchain-action-plan-2021-2023) side by side, a
reader calls the pairs in :data:`OVERLAPPING` overlapping and those in
:data:`NOT_OVERLAPPING` not.  The tests check the algorithm on

* a *reference* version of the two documents: the gold measures (ids,
  titles, responsible units) with their text cut from the source, so the
  check does not move when extraction changes, in a graph with the real
  development corpus (tests/data/real) around them, so that word weights and
  policy similarities are those of a corpus, not of two documents alone; and
* the graph the real extraction builds from ``data/corpus``, measures found
  by their gold titles.

Pairs a reader would call overlapping but that share too few words for a
text measure (:data:`KNOWN_MISSES`) are documented, not asserted. The
closing safeguard sections (加强组织领导, 加强资金支持, 营造良好氛围) take no
part in the overlap (:data:`SAFEGUARD_PAIRS`).
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _overlap_gold import real_documents  # noqa: E402

from policykg.graph import build_graph
from policykg.graph.model import Edge, Node, PolicyGraph
from policykg.graph.overlap import (
    METHOD,
    THRESHOLD,
    agency_function,
    measure_words,
    overlap_edges,
    tokens,
)
from policykg.schema.models import PolicyDocument

ROOT = Path(__file__).resolve().parents[1]
SZ = "suzhou-blockchain-opinions-2020-2022"
SH = "shenzhen-blockchain-action-plan-2021-2023"

#: (苏州 measure id, 深圳 measure id, why a reader calls them overlapping)
OVERLAPPING = [
    ("二.(一).1", "1", "core technology: 加快核心技术突破 / 加快区块链核心技术攻关突破"),
    ("二.(一).1", "3", "fusion with AI, big data, IoT; 面向行业的区块链应用技术体系"),
    ("二.(三).1", "2", "龙头企业与高校、科研院所联合攻关, 实验室 as innovation carriers"),
    ("二.(五).1", "9", "talent: 人才引育 / 人才服务中心, 人才培训"),
    ("二.(五).2", "6", "industry alliance and exchange: 协会、联盟, 论坛, 展览, 赛事"),
    ("二.(三).2", "7", "public service platforms: BaaS平台, 区块链服务网络, 上链"),
]
#: alike, but in the plans' closing safeguard sections (加大政策支持, 加强资金支持, 加强宣传引导, 营造良好氛围):
#: boilerplate, left out of the overlap
SAFEGUARD_PAIRS = [
    ("三.(二)", "四.(二)", "funding: 专项资金 for 公共服务平台建设 and 应用示范"),
    ("二.(四).3", "四.(二)", "funds: 产业基金 / 投资引导基金 drawing in 社会资金 (四.(二) is 加强资金支持)"),
    ("三.(三)", "四.(三)", "popular science and publicity: 科普宣传, 公众"),
]
#: (苏州 measure id, 深圳 measure id, why not)
NOT_OVERLAPPING = [
    ("二.(四).2", "9", "equity financing channels vs a talent service centre"),
    ("二.(四).3", "9", "an industry fund vs a talent service centre"),
    ("二.(五).1", "14", "talent vs fintech pilots"),
    ("二.(五).1", "11", "talent vs city management"),
    ("二.(四).1", "12", "bank-enterprise financing vs health, charity and schools"),
    ("二.(一).2", "13", "standard setting vs food and drug safety"),
    ("三.(一)", "7", "organisation and leadership vs public service platforms (same 工信局, no shared content)"),
]
#: overlapping to a reader, but below the threshold: the texts share too few words
KNOWN_MISSES = [
    ("二.(二).1", "5", "产业园区 vs 产业创新基地: the same idea in different words"),
    ("二.(三).3", "4", "龙头企业: one shared phrase in long texts"),
    ("二.(二).2", "6", "联盟或行业协会 vs 产业联盟: Suzhou's text is mostly about 服务中心"),
]


def _cut(source: str, title: str, start: int) -> tuple[str, int]:
    """The measure's text: the line that starts with its title (and the next one if the title stands alone)."""
    i = source.find(title, start)
    assert i >= 0, title
    end = source.find("\n", i)
    end = len(source) if end < 0 else end
    text = source[i:end].strip()
    if len(text) - len(title) < 12:
        nxt = source.find("\n", end + 1)
        nxt = len(source) if nxt < 0 else nxt
        text = (text + source[end:nxt]).strip()
        end = nxt
    return text, end


def reference_docs(stems=(SZ, SH)) -> list[PolicyDocument]:
    docs = []
    for stem in stems:
        data = json.loads((ROOT / "tests/data/gold" / f"{stem}.gold.json").read_text("utf-8"))
        source = (ROOT / "data/corpus" / f"{stem}.txt").read_text("utf-8")
        pos = 0
        for m in data["measures"]:
            m["text"], pos = _cut(source, m["title"], pos)
        data["doc_id"] = stem
        docs.append(PolicyDocument.from_dict(data))
    return docs


@pytest.fixture(scope="module")
def reference_graph() -> PolicyGraph:
    return build_graph(reference_docs() + list(real_documents()))


def _pairs(g: PolicyGraph) -> dict[tuple[str, str], Edge]:
    """OVERLAPS edges by (苏州 measure id, 深圳 measure id)."""
    out = {}
    for e in g.edges_of("OVERLAPS"):
        a, b = g.nodes[e.src], g.nodes[e.dst]
        if a.get("policy") == SH:
            a, b = b, a
        if a.get("policy") == SZ and b.get("policy") == SH:
            out[(a.get("measure_id"), b.get("measure_id"))] = e
    return out


# -- the reference documents -----------------------------------------------------------

def test_reference_documents_have_the_gold_measures():
    sz, sh = reference_docs()
    assert len(sz.measures) == 17 and len(sh.measures) == 19
    assert all(len(m.text) > 60 for m in sz.measures + sh.measures)


@pytest.mark.parametrize("sz_id, sh_id, why", OVERLAPPING)
def test_reader_overlaps_are_found(reference_graph, sz_id, sh_id, why):
    pairs = _pairs(reference_graph)
    assert (sz_id, sh_id) in pairs, f"{sz_id} / {sh_id} should overlap: {why}"
    assert pairs[(sz_id, sh_id)].get("score") >= THRESHOLD


@pytest.mark.parametrize("sz_id, sh_id, why", NOT_OVERLAPPING + SAFEGUARD_PAIRS)
def test_unrelated_measures_do_not_overlap(reference_graph, sz_id, sh_id, why):
    assert (sz_id, sh_id) not in _pairs(reference_graph), f"{sz_id} / {sh_id} should not overlap: {why}"


def test_overlap_edges_explain_themselves(reference_graph):
    pairs = _pairs(reference_graph)
    talent = pairs[("二.(五).1", "9")]
    assert "人才" in talent.get("shared_words").split()
    assert talent.get("shared_functions") == "人力资源和社会保障局"
    core = pairs[("二.(一).1", "1")]
    assert set(core.get("shared_functions").split()) == {"工业和信息化局", "科学技术局"}
    assert {"核心技术", "突破"} <= set(core.get("shared_words").split())
    platforms = pairs[("二.(三).2", "7")]
    assert {"BaaS", "服务网络"} <= set(platforms.get("shared_words").split())
    for e in reference_graph.edges_of("OVERLAPS"):
        assert e.get("method") == METHOD and e.graph == "derived"
        assert e.get("score") == pytest.approx(
            e.get("content") * (1 + 0.5 * e.get("agencies")) * e.get("policies"), abs=1e-3)
        assert 0 < e.get("policies") <= 1


def test_precision_on_the_reference_pair_of_plans(reference_graph):
    """Two blockchain plans overlap a lot, but far from every pair of their 17 x 19 measures does."""
    n = len(_pairs(reference_graph))
    assert len(OVERLAPPING) <= n <= 17 * 19 // 8


def test_overlaps_only_join_different_policies(reference_graph):
    for e in reference_graph.edges_of("OVERLAPS"):
        assert reference_graph.nodes[e.src].get("policy") != reference_graph.nodes[e.dst].get("policy")
        assert e.src < e.dst


def test_deterministic():
    a = [(e.key, e.props) for e in overlap_edges(build_graph(reference_docs()))]
    b = [(e.key, e.props) for e in overlap_edges(build_graph(reference_docs()))]
    assert a == b


# -- the real extraction ---------------------------------------------------------------

def _find(g: PolicyGraph, doc_id: str, title: str):
    for m in g.by_label("Measure"):
        if m.get("policy") == doc_id and (title in (m.name or "") or (m.get("text") or "").lstrip().startswith(title)):
            return m
    return None


def test_reader_overlaps_on_the_extracted_corpus(corpus_docs):
    """The sample corpus as extracted, with the real corpus around it (see the module docstring)."""
    corpus_graph = build_graph(list(corpus_docs) + list(real_documents()))
    gold = {stem: {m["id"]: m["title"] for m in json.loads(
        (ROOT / "tests/data/gold" / f"{stem}.gold.json").read_text("utf-8"))["measures"]} for stem in (SZ, SH)}
    found = {(stem, mid): _find(corpus_graph, stem, title) for stem in gold for mid, title in gold[stem].items()}
    missing = sorted(f"{stem[:8]} {mid} {gold[stem][mid]}" for (stem, mid), m in found.items() if m is None)
    if len(missing) > 6:
        pytest.skip(f"the extraction does not yet give the gold measures of 苏州/深圳 ({len(missing)} missing, "
                    f"e.g. {missing[:3]}); the reference tests above still check the algorithm")
    edges = {tuple(sorted((e.src, e.dst))) for e in corpus_graph.edges_of("OVERLAPS")}

    def overlaps(sz_id: str, sh_id: str) -> bool | None:
        a, b = found[(SZ, sz_id)], found[(SH, sh_id)]
        if a is None or b is None:
            return None
        return tuple(sorted((a.key, b.key))) in edges

    hits = [overlaps(a, b) for a, b, _ in OVERLAPPING]
    checked = [h for h in hits if h is not None]
    assert sum(checked) >= len(checked) - 1, [p for p, h in zip(OVERLAPPING, hits) if h is False]
    wrong = [p for p in NOT_OVERLAPPING if overlaps(p[0], p[1])]
    assert not wrong


# -- pieces ----------------------------------------------------------------------------

def test_tokens_drop_fillers_and_keep_content_words():
    words = tokens("加快推进区块链人才服务中心建设")
    assert "人才" in words and "服务中心" in words
    assert not {"加快", "推进", "建设"} & set(words)


def test_measure_words_weigh_the_title_and_drop_the_responsible_units():
    words = measure_words("人才培训", "人才培训。开展人才培训。(市人社局、市财政局)")
    assert words.count("人才") == 3
    assert "财政局" not in words and "市财政局" not in words


@pytest.mark.parametrize("a, b", [
    ("苏州市科学技术局", "深圳市科技创新委员会"),
    ("苏州市地方金融监督管理局", "福田区金融工作局"),
    ("深圳市人力资源和社会保障局", "苏州市人力资源和社会保障局"),
    ("苏州市大数据管理局", "深圳市政务服务数据管理局"),
    ("苏州工业园区管理委员会", "苏州国家高新技术产业开发区管理委员会"),
])
def test_agency_functions_fold_synonyms(a, b):
    assert agency_function(a) == agency_function(b)


def test_agency_functions_keep_different_jobs_apart():
    assert agency_function("深圳市公安局") != agency_function("深圳市司法局")
    assert agency_function("苏州市财政局") == "财政局"


def test_shared_agencies_alone_make_no_overlap():
    g = PolicyGraph()
    for doc, title, text in (("a", "人才培训", "开展人才培训。"), ("b", "产业基金", "设立产业基金。"),
                             ("c", "标准制定", "参与标准制定。")):
        g.add_node(Node(f"policy:{doc}", "Policy", doc, {"doc_id": doc}, doc))
        g.add_node(Node(f"measure:{doc}|1", "Measure", title, {"title": title, "text": text, "policy": doc}, doc))
        g.add_node(Node(f"agency:{doc}市财政局", "Agency", f"{doc}市财政局"))
        g.add_edge(Edge(f"agency:{doc}市财政局", "RESPONSIBLE_FOR", f"measure:{doc}|1", {"role": "co"}, doc))
    assert overlap_edges(g) == []


def test_a_corpus_of_near_copies_stays_sparse_and_fast():
    """800 measures drawn from 50 words: nearly every pair overlaps, yet each measure keeps its best few.

    (About 3 s on an idle machine; the time bound only catches a quadratic blow-up.)
    """
    import random

    from policykg.graph.overlap import MAX_NEIGHBOURS

    rng = random.Random(3)
    vocab = ("人才 培训 基金 平台 标准 示范 金融 引进 安全 产权 孵化 贸易 医疗 健康 城市 政务 供应链 芯片 算法 存储 "
             "交通 物流 能源 环保 教育 文化 旅游 农业 海洋 航空 汽车 电池 材料 装备 软件 硬件 网络 通信 卫星 机器人 "
             "传感器 显示 半导体 生物 医药 器械 检测 认证 咨询 设计").split()
    g = PolicyGraph()
    for p in range(80):
        doc = f"p{p}"
        g.add_node(Node(f"policy:{doc}", "Policy", doc, {"doc_id": doc}, doc))
        for i in range(10):
            text = ",".join(rng.sample(vocab, 8))
            g.add_node(Node(f"measure:{doc}|{i}", "Measure", "", {"title": "", "text": text, "policy": doc}, doc))
    t0 = time.perf_counter()
    edges = overlap_edges(g)
    elapsed = time.perf_counter() - t0
    assert elapsed < 120, elapsed
    assert 800 <= len(edges) <= MAX_NEIGHBOURS * 800
    degree = Counter(k for e in edges for k in (e.src, e.dst))
    assert min(degree.values()) >= 1
