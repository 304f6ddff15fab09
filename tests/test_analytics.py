"""policykg.analytics: plain functions over built graphs, checked on the gold graph and the extracted corpus.

Exact figures come from the hand-made gold (``gold_graph``), which does not
move when extraction changes; the extracted corpus (``corpus_graph``) checks
that the same functions agree with the canned questions and the graph.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

import policykg
from policykg import analytics
from policykg._optional import INSTALL_HINT, MissingExtraError
from policykg.errors import PolicyKGError
from policykg.graph.model import PolicyGraph

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
SZ = "suzhou-blockchain-opinions-2020-2022"
SH = "shenzhen-blockchain-action-plan-2021-2023"


def _gold() -> dict[str, dict]:
    return {p.name[: -len(".gold.json")]: json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.gold.json"))}


def _is_rows(rows) -> bool:
    return isinstance(rows, list) and all(isinstance(r, dict) for r in rows)


# -- every function: plain rows, empty graph, __all__ -----------------------------------

@pytest.mark.parametrize("fn", [
    analytics.responsibility_matrix, analytics.agency_responsibility, analytics.co_responsibility,
    analytics.unassigned_measures, analytics.overlapping_measures, analytics.policy_overlap,
    analytics.agency_centrality, analytics.agency_communities, analytics.funding_items, analytics.funding_summary,
])
def test_functions_return_plain_rows(fn, gold_graph):
    assert fn(PolicyGraph()) == []
    rows = fn(gold_graph)
    assert _is_rows(rows) and rows
    json.dumps(rows, ensure_ascii=False)  # plain data all the way down


def test_modules_declare_all():
    import importlib

    for name in ("responsibility", "overlaps", "network", "funding"):
        module = importlib.import_module(f"policykg.analytics.{name}")
        assert module.__all__ and all(hasattr(module, n) for n in module.__all__)
    assert set(analytics.__all__) >= {"responsibility_matrix", "agency_centrality", "funding_summary"}


# -- responsibility ----------------------------------------------------------------------

def test_agency_responsibility_matches_the_gold(gold_graph):
    expected: dict[str, dict[str, int]] = defaultdict(lambda: {"lead": 0, "co": 0})
    for data in _gold().values():
        for m in data["measures"]:
            for a in m["responsible_normalized"]:
                expected[a]["lead" if a == m["lead"] else "co"] += 1
    rows = analytics.agency_responsibility(gold_graph, collectives=True)  # every unit the gold names
    assert {r["agency"]: {"lead": r["lead"], "co": r["co"]} for r in rows} == expected
    top = rows[0]
    assert (top["agency"], top["total"], top["lead"]) == ("苏州市工业和信息化局", 12, 1)
    assert [r["total"] for r in rows] == sorted((r["total"] for r in rows), reverse=True)


def test_responsibility_matrix_cells(gold_graph):
    rows = analytics.responsibility_matrix(gold_graph)
    cell = {(r["agency"], r["policy"]): r for r in rows}
    assert cell[("苏州市工业和信息化局", SZ)]["lead"] == 1
    assert cell[("苏州市工业和信息化局", SZ)]["co"] == 11
    assert cell[("深圳市人力资源和社会保障局", SH)]["total"] == 2
    assert all(r["total"] == r["lead"] + r["co"] for r in rows)
    only_sz = analytics.responsibility_matrix(gold_graph, policies=[SZ])
    assert only_sz and {r["policy"] for r in only_sz} == {SZ}


def test_responsibility_matrix_pivots_into_a_matrix(gold_graph):
    pytest.importorskip("pandas")
    frame = policykg.to_frame(analytics.responsibility_matrix(gold_graph))
    matrix = frame.pivot_table(index="agency", columns="policy", values="total", fill_value=0)
    assert matrix.loc["苏州市工业和信息化局", SZ] == 12
    assert matrix.loc["苏州市工业和信息化局", SH] == 0


def test_co_responsibility_counts_and_jaccard(gold_graph):
    measures: dict[str, set[str]] = defaultdict(set)
    for doc, data in _gold().items():
        for m in data["measures"]:
            for a in m["responsible_normalized"]:
                measures[a].add(f"{doc}|{m['id']}")
    rows = analytics.co_responsibility(gold_graph)
    by_pair = {frozenset((r["agency_a"], r["agency_b"])): r for r in rows}
    for a, b in combinations(sorted(measures), 2):
        shared = len(measures[a] & measures[b])
        if shared:
            r = by_pair[frozenset((a, b))]
            assert r["shared"] == shared
            assert r["jaccard"] == pytest.approx(shared / len(measures[a] | measures[b]), abs=1e-4)
        else:
            assert frozenset((a, b)) not in by_pair
    top = rows[0]
    assert {top["agency_a"], top["agency_b"]} == {"深圳市发展和改革委员会", "深圳市工业和信息化局"}
    assert (top["shared"], top["jaccard"]) == (8, 1.0)
    assert all(r["shared"] >= 3 for r in analytics.co_responsibility(gold_graph, min_shared=3))


def test_unassigned_measures_are_those_without_a_responsible_unit(gold_graph):
    expected = {(doc, m["id"]) for doc, data in _gold().items() for m in data["measures"]
                if not m["responsible_normalized"]}
    rows = analytics.unassigned_measures(gold_graph)
    assert {(r["policy"], r["measure_id"]) for r in rows} == expected
    assert (SZ, "三.(二)") in expected and (SH, "四.(一)") in expected


# -- overlap -----------------------------------------------------------------------------

def test_overlapping_measures_read_the_overlaps_edges(corpus_graph):
    from policykg.graph.overlap import METHOD

    rows = analytics.overlapping_measures(corpus_graph)
    assert len(rows) == len(corpus_graph.edges_of("OVERLAPS"))
    assert all(r["method"] == METHOD and r["policy_a"] != r["policy_b"] for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    strong = analytics.overlapping_measures(corpus_graph, min_score=0.4)
    assert strong and all(r["score"] >= 0.4 for r in strong) and len(strong) < len(rows)


def test_overlapping_measures_between_two_policies(corpus_graph):
    rows = analytics.overlapping_measures(corpus_graph, policies=[SZ, SH])
    assert rows and all(r["policy_a"] == SZ and r["policy_b"] == SH for r in rows)
    core = next(r for r in rows if r["title_a"] == "加快核心技术突破" and r["title_b"] == "加快区块链核心技术攻关突破")
    assert {"工业和信息化局", "科学技术局"} <= set(core["shared_functions"])
    reverse = analytics.overlapping_measures(corpus_graph, policies=[SH, SZ])
    assert {(r["measure_b"], r["measure_a"]) for r in reverse} == {(r["measure_a"], r["measure_b"]) for r in rows}


def test_overlap_agrees_with_the_canned_question(corpus_graph):
    g = policykg.PolicyGraph.from_model(corpus_graph)
    canned = g.query("overlapping_measures", min_score=0.0)
    ours = analytics.overlapping_measures(g)
    assert {(r["score"], frozenset((r["measure_a_id"], r["measure_b_id"]))) for r in canned} == \
        {(r["score"], frozenset((r["measure_id_a"], r["measure_id_b"]))) for r in ours}


def test_policy_overlap_summarises_pairs(corpus_graph):
    rows = analytics.policy_overlap(corpus_graph)
    pair = next(r for r in rows if {r["policy_a"], r["policy_b"]} == {SZ, SH})
    assert pair["pairs"] == len(analytics.overlapping_measures(corpus_graph, policies=[SZ, SH]))
    assert pair["max_score"] >= pair["mean_score"] > 0
    assert "工业和信息化局" in pair["shared_functions"]


# -- network -----------------------------------------------------------------------------

def test_agency_centrality(gold_graph):
    rows = analytics.agency_centrality(gold_graph)
    by_name = {r["agency"]: r for r in rows}
    partners: dict[str, set[str]] = defaultdict(set)
    for data in _gold().values():
        for m in data["measures"]:
            for a, b in combinations(set(m["responsible_normalized"]), 2):
                partners[a].add(b)
                partners[b].add(a)
    for name, ps in partners.items():
        assert by_name[name]["degree"] == len(ps)
    assert rows[0]["agency"] == "苏州市工业和信息化局"
    # 深圳市市场监督管理局 links the technology, city-management and regulation groups of 深圳
    assert max(rows, key=lambda r: r["betweenness"])["agency"] == "深圳市市场监督管理局"
    assert "pagerank" not in rows[0]


def test_pagerank_with_scipy(gold_graph):
    pytest.importorskip("scipy")
    rows = analytics.agency_centrality(gold_graph, pagerank=True)
    assert sum(r["pagerank"] for r in rows) == pytest.approx(1.0, abs=1e-3)


def test_pagerank_without_scipy_says_how_to_install(gold_graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy", None)
    with pytest.raises(MissingExtraError) as info:
        analytics.agency_centrality(gold_graph, pagerank=True)
    assert isinstance(info.value, PolicyKGError) and isinstance(info.value, ImportError)
    assert INSTALL_HINT in str(info.value) and "scipy" in str(info.value)
    assert analytics.agency_centrality(gold_graph)  # degree and betweenness need no scipy


@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_agency_communities(gold_graph, method):
    rows = analytics.agency_communities(gold_graph, method=method)
    names = [a for r in rows for a in r["agencies"]]
    assert len(names) == len(set(names)) == len(analytics.agency_centrality(gold_graph))
    for r in rows:  # 苏州 and 深圳 agencies never share a measure, so never a community
        assert not (any(a.startswith("苏州") for a in r["agencies"]) and any("深圳" in a for a in r["agencies"]))
    assert rows[0]["modularity"] > 0.3
    assert analytics.agency_communities(gold_graph, method=method) == rows  # repeatable


def test_unknown_community_method(gold_graph):
    with pytest.raises(ValueError, match="louvain"):
        analytics.agency_communities(gold_graph, method="spectral")


# -- funding -----------------------------------------------------------------------------

def test_funding_items_match_the_gold(gold_graph):
    expected = sorted((doc, m["id"], a["kind"], a["value_yuan"], a["ratio"])
                      for doc, data in _gold().items() for m in data["measures"] for a in m["amounts"])
    rows = analytics.funding_items(gold_graph)
    assert sorted((r["policy"], r["measure_id"], r["kind"], r["value_yuan"], r["ratio"]) for r in rows) == expected


def test_funding_summary_by_policy(gold_graph):
    sz = next(r for r in analytics.funding_summary(gold_graph, by="policy") if r["policy"] == SZ)
    assert (sz["fixed_count"], sz["fixed_sum_yuan"], sz["fixed_max_yuan"]) == (8, 12_300_000.0, 3_000_000.0)
    assert (sz["cap_count"], sz["cap_max_yuan"]) == (1, 3_000_000.0)
    assert (sz["total_count"], sz["total_sum_yuan"]) == (1, 1_000_000_000.0)
    assert sz["ratio_count"] == 0 and sz["ratio_max"] is None
    assert sz["policy_title"].startswith("关于加快推动区块链技术和产业创新发展")


def test_funding_summary_by_agency_jurisdiction_and_kind(gold_graph):
    by_agency = {r["agency"]: r for r in analytics.funding_summary(gold_graph, by="agency")}
    assert by_agency["苏州市财政局"]["items"] == 9  # 50、30 / 300、200 / 50…300 and the 300万 cap
    assert None in by_agency  # the 福田 replies name no responsible unit for their amounts
    by_place = {r["jurisdiction"]: r for r in analytics.funding_summary(gold_graph, by="jurisdiction")}
    assert by_place["苏州市"]["total_sum_yuan"] == 1_000_000_000.0
    assert by_place["福田区"]["ratio_max"] == 0.5
    by_kind = {r["kind"]: r for r in analytics.funding_summary(gold_graph, by="kind")}
    assert set(by_kind) == {"cap", "fixed", "ratio", "total"}
    assert sum(r["items"] for r in by_kind.values()) == len(analytics.funding_items(gold_graph))
    with pytest.raises(ValueError, match="policy"):
        analytics.funding_summary(gold_graph, by="measure_type")


# -- agreement with the canned questions on the extracted corpus ------------------------

def test_workload_agrees_with_the_canned_question(corpus_graph):
    g = policykg.PolicyGraph.from_model(corpus_graph)
    canned = {r["agency_name"]: (r["lead_measures"], r["co_measures"], r["policies"])
              for r in g.query("agency_workload")}
    ours = {r["agency"]: (r["lead"], r["co"], r["policies"]) for r in analytics.agency_responsibility(g)}
    assert ours == canned


def test_collectives_are_kept_but_not_ranked(corpus_graph):
    g = policykg.PolicyGraph.from_model(corpus_graph)
    ranked = {r["agency"] for r in analytics.agency_responsibility(g)}
    everyone = {r["agency"]: r["collective"] for r in analytics.agency_responsibility(g, collectives=True)}
    assert everyone["苏州市各市、区人民政府"] is True and "苏州市各市、区人民政府" not in ranked
    assert ranked == {a for a, c in everyone.items() if not c}
