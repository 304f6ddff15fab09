"""Canned SPARQL questions: expected answers written from the hand-made gold, not from the output.

The graph is built from ``tests/data/gold/*.gold.json`` (doc_id = file stem); each expectation is
computed from the gold JSON itself or written by hand from it.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from policykg.errors import QueryError, UnknownAgencyError
from policykg.graph import build_graph
from policykg.queries import get_question, list_questions, run_query, run_question
from policykg.schema.collectives import is_collective
from policykg.schema.models import PolicyDocument
from policykg.stores.rdf import RDFStore

GOLD = Path(__file__).parent / "data" / "gold"
SUZHOU = "suzhou-blockchain-opinions-2020-2022"
SHENZHEN = "shenzhen-blockchain-action-plan-2021-2023"
FUTIAN = ["futian-reply-20200003-blockchain-supply-chain", "futian-reply-20220098-regtech",
          "futian-reply-2023005-modern-industry"]


def _gold() -> dict[str, dict]:
    return {p.name[: -len(".gold.json")]: json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.gold.json"))}


GOLD_JSON = _gold()


def _with_proposals(doc_id: str, data: dict) -> dict:
    """The gold has no `proposal` key; README ambiguity 14: the number in the title is the proposal's.
    Its proposers are the people the gold lists as 代表 / 委员."""
    data = dict(data, doc_id=doc_id)
    if data["doc_type"] == "proposal_reply":
        number = re.search(r"第\s*(\d+)\s*号", data["title"]).group(1)
        data["proposal"] = {"number": number, "kind": "建议" if "人大" in data["title"] else "提案",
                            "proposers": [p["name"] for p in data["people"] if p["role"] in ("代表", "委员")]}
    return data


@pytest.fixture(scope="module")
def store():
    docs = [PolicyDocument.from_dict(_with_proposals(k, v)) for k, v in GOLD_JSON.items()]
    s = RDFStore()
    s.load_graph(build_graph(docs))
    return s


def ask(store, name, **params):
    return run_query(store, name, **params)["rows"]


def responsibilities() -> list[tuple[str, str, str, str]]:
    """(doc, measure id, agency, role) for every responsible agency in the gold."""
    return [(doc, m["id"], agency, "lead" if agency == m["lead"] else "co")
            for doc, d in GOLD_JSON.items() for m in d["measures"] for agency in m["responsible_normalized"]]


# -- the catalogue ---------------------------------------------------------------------------------


def test_catalogue_has_twelve_questions_with_metadata():
    questions = list_questions()
    assert len(questions) >= 12
    for q in questions:
        assert q.title_zh and q.title_en and q.description, q.name
        select = q.sparql.split("WHERE", 1)[0]
        for c in q.columns:
            assert f"?{c.name}" in select, (q.name, c.name)
            assert c.description, (q.name, c.name)
        for p in q.params:
            assert f"?{p.name}" in select, (q.name, p.name)  # bound variables must be projected
        assert {s.lstrip("-") for s in q.order_by} == set(q.column_names), q.name  # a total, deterministic order


def test_unknown_question_and_parameters_are_query_errors(store):
    with pytest.raises(QueryError, match="unknown question 'nope'; questions: agency_function_overlap"):
        run_query(store, "nope")
    with pytest.raises(QueryError, match="unknown parameter 'kk'; parameters: k \\(integer, default 2\\)"):
        run_query(store, "agency_pairs", kk=1)
    with pytest.raises(QueryError, match="parameter 'k' must be an integer, not 'two'"):
        run_question("agency_pairs", {"k": "two"}, store=store)
    with pytest.raises(QueryError, match="parameter 'agency' is required"):
        run_query(store, "agency_measures")
    with pytest.raises(QueryError, match="must be one of"):
        run_query(store, "mentions", kind="people")
    with pytest.raises(QueryError, match="takes no parameters"):
        run_query(store, "replies", x="1")
    with pytest.raises(QueryError, match="unknown engine 'gremlin'"):
        run_question("replies", engine="gremlin", store=store)


def test_parameters_are_bound_not_formatted(store):
    for nasty in ("'}) DETACH DELETE n //", '" } ; DROP ALL ; #', "\\", "}>", "a\nb"):
        with pytest.raises(UnknownAgencyError, match="no agency is named"):  # found nothing, and said so
            ask(store, "agency_measures", agency=nasty)
        assert ask(store, "agency_names", search=nasty) == []
    assert len(store) > 0


def test_every_question_runs_with_typed_sorted_rows():
    """On the gold graph plus two documents that state their lifecycle (one repeals the other)."""
    from test_lifecycle import MEASURES_2018, MEASURES_2021

    from policykg.loaders import parse_document

    docs = [PolicyDocument.from_dict(_with_proposals(k, v)) for k, v in GOLD_JSON.items()]
    docs += [parse_document(MEASURES_2021, source="sz-2021.txt"), parse_document(MEASURES_2018, source="sz-2018.txt")]
    store = RDFStore()
    store.load_graph(build_graph(docs))
    defaults = {"agency_measures": {"agency": "苏州市财政局"}, "policy_responsibilities": {"policy": SUZHOU},
                "jurisdiction": {"jurisdiction": "深圳市"}, "policies_in_force": {"date": "2022-06-01"},
                "expired_measures": {"date": "2022-06-01"}}
    for q in list_questions():
        result = run_query(store, q.name, **defaults.get(q.name, {}))
        assert result["columns"] == q.column_names
        assert result["rows"], q.name
        types = {"string": str, "integer": int, "float": float, "boolean": bool}
        for row in result["rows"]:
            assert list(row) == q.column_names
            for c in q.columns:
                assert row[c.name] is None or type(row[c.name]) is types[c.type], (q.name, c.name, row[c.name])
        assert q.finalize(list(reversed(result["rows"]))) == result["rows"]


# -- 1-5: responsibility ---------------------------------------------------------------------------


def test_measures_of_an_agency(store):
    rows = ask(store, "agency_measures", agency="苏州市工业和信息化局")
    expected = sorted((m, role) for doc, m, a, role in responsibilities() if a == "苏州市工业和信息化局")
    assert len(expected) == 12
    assert sorted((r["measure_id"], r["role"]) for r in rows) == expected
    assert {r["policy_id"] for r in rows} == {SUZHOU}
    assert [r["measure_id"] for r in rows if r["role"] == "lead"] == ["三.(一)"]
    assert {r["as_written"] for r in rows} == {"市工信局", "市工业和信息化局"}
    # a name as written finds the agency too
    assert {r["agency_name"] for r in ask(store, "agency_measures", agency="市工信局")} == {"苏州市工业和信息化局"}


def test_responsible_agencies_of_a_policy(store):
    rows = ask(store, "policy_responsibilities", policy=SUZHOU)
    expected = sorted((m, a, role == "lead") for doc, m, a, role in responsibilities() if doc == SUZHOU)
    assert len(rows) == 41  # gold README: 41 responsible mentions in 苏州
    assert sorted((r["measure_id"], r["agency_name"], r["is_lead"]) for r in rows) == expected
    assert [(r["measure_id"], r["agency_name"]) for r in rows if r["is_lead"]] == [("三.(一)", "苏州市工业和信息化局")]
    assert [r["measure_order"] for r in rows] == sorted(r["measure_order"] for r in rows)
    assert ask(store, "policy_responsibilities", policy="no-such-policy") == []


def test_lead_per_measure_and_measures_without_responsible_unit(store):
    rows = ask(store, "measure_leads")
    assert len(rows) == sum(len(d["measures"]) for d in GOLD_JSON.values())
    by_key = {(r["policy_id"], r["measure_id"]): r for r in rows}
    assert by_key[(SUZHOU, "三.(一)")]["lead_agency"] == "苏州市工业和信息化局"
    assert by_key[(SUZHOU, "三.(一)")]["status"] == "lead"
    expected_none = {(doc, m["id"]) for doc, d in GOLD_JSON.items() for m in d["measures"] if not m["responsible"]}
    assert {k for k, r in by_key.items() if r["status"] == "no_responsible"} == expected_none
    assert (SUZHOU, "三.(二)") in expected_none and (SUZHOU, "三.(三)") in expected_none
    for doc, d in GOLD_JSON.items():
        for m in d["measures"]:
            assert by_key[(doc, m["id"])]["responsible_count"] == len(set(m["responsible_normalized"]))
    only_suzhou = ask(store, "measure_leads", policy=SUZHOU)
    assert {r["policy_id"] for r in only_suzhou} == {SUZHOU} and len(only_suzhou) == 17


def test_agency_workload(store):
    rows = ask(store, "agency_workload")
    collective = "苏州市各市、区人民政府"  # the gold makes it responsible; it is no one agency's workload
    assert collective in {a for _, _, a, _ in responsibilities()}
    assert collective not in {r["agency_name"] for r in rows}
    measures = Counter(a for _, _, a, _ in responsibilities() if not is_collective(a))
    leads = Counter(a for _, _, a, role in responsibilities() if role == "lead" and not is_collective(a))
    assert {r["agency_name"]: r["measures"] for r in rows} == dict(measures)
    assert {r["agency_name"]: r["lead_measures"] for r in rows if r["lead_measures"]} == dict(leads)
    assert all(r["measures"] == r["lead_measures"] + r["co_measures"] for r in rows)
    assert rows[0]["agency_name"] == "苏州市工业和信息化局" and rows[0]["measures"] == 12
    assert [r["measures"] for r in rows] == sorted((r["measures"] for r in rows), reverse=True)


def test_agency_pairs(store):
    pairs: Counter = Counter()
    for d in GOLD_JSON.values():
        for m in d["measures"]:
            pairs.update(combinations(sorted(set(m["responsible_normalized"])), 2))
    for k in (2, 3, 5):
        rows = ask(store, "agency_pairs", k=k)
        assert {(r["agency_a"], r["agency_b"]): r["shared_measures"] for r in rows} == \
            {p: n for p, n in pairs.items() if n >= k}
    five = ask(store, "agency_pairs", k=5)
    assert ("苏州市工业和信息化局", "苏州市财政局", 5) in {(r["agency_a"], r["agency_b"], r["shared_measures"]) for r in five}


# -- 6-7: overlap ----------------------------------------------------------------------------------


def test_overlapping_measures(store):
    rows = ask(store, "overlapping_measures")
    pairs = {(r["policy_a"], r["measure_a_id"], r["policy_b"], r["measure_b_id"]) for r in rows}
    # 深圳 一.(一) 加快区块链核心技术攻关突破 and 苏州 加快核心技术突破 say the same thing (gold titles)
    assert (SHENZHEN, "1", SUZHOU, "二.(一).1") in pairs
    assert all(r["policy_a"] != r["policy_b"] for r in rows)
    assert all(r["method"] and r["score"] > 0 for r in rows)
    top = rows[0]["score"]
    high = ask(store, "overlapping_measures", min_score=top)
    assert high and all(r["score"] >= top for r in high) and len(high) < len(rows)


def test_agencies_of_the_same_function_on_overlapping_measures(store):
    rows = ask(store, "agency_function_overlap")
    gold = set(responsibilities())
    for r in rows:  # each agency is responsible for its measure per the gold
        assert any(d == r["policy_a"] and m == r["measure_a_id"] and a == r["agency_a"] for d, m, a, _ in gold)
        assert any(d == r["policy_b"] and m == r["measure_b_id"] and a == r["agency_b"] for d, m, a, _ in gold)
        assert r["same_agency"] == (r["agency_a"] == r["agency_b"])
    core = [r for r in rows if r["measure_a_id"] == "1" and r["measure_b_id"] == "二.(一).1"]
    assert ("工业和信息化局", "深圳市工业和信息化局", "苏州市工业和信息化局", False) in \
        {(r["agency_function"], r["agency_a"], r["agency_b"], r["same_agency"]) for r in core}


# -- 8-12 ------------------------------------------------------------------------------------------


def test_funding(store):
    rows = ask(store, "funding")
    expected = Counter()
    for doc, d in GOLD_JSON.items():
        for m in d["measures"]:
            agencies = m["responsible_normalized"] or [None]
            for a in m["amounts"]:
                for agency in agencies:
                    expected[(doc, m["id"], a["kind"], a["value_yuan"], a["ratio"], a["condition"], agency)] += 1
    got = Counter((r["policy_id"], r["measure_id"], r["kind"], r["value_yuan"], r["ratio"], r["condition"],
                   r["agency_name"]) for r in rows)
    assert got == expected
    fund = [r for r in rows if r["policy_id"] == SUZHOU and r["kind"] == "total"]
    assert {(r["value_yuan"], r["condition"]) for r in fund} == {(1e9, "不低于")}
    by_agency = ask(store, "funding", agency="苏州市财政局")
    assert {r["measure_id"] for r in by_agency} == {"二.(一).2", "二.(二).1", "二.(三).3"}
    ratios = ask(store, "funding", policy=FUTIAN[0])
    assert 0.5 in {r["ratio"] for r in ratios if r["kind"] == "ratio"}


def test_enterprises_and_platforms_mentioned(store):
    rows = ask(store, "mentions")
    expected = {(kind, name, doc) for doc, d in GOLD_JSON.items()
                for kind, key in (("enterprise", "enterprises"), ("platform", "platforms")) for name in d[key]}
    assert {(r["entity_kind"], r["entity_name"], r["policy_id"]) for r in rows} == expected
    programs = ask(store, "mentions", kind="program")
    assert {(r["entity_name"], r["policy_id"]) for r in programs} == \
        {(name, doc) for doc, d in GOLD_JSON.items() for name in d["programs"]}
    assert "深圳供电局" in {r["entity_name"] for r in rows if r["entity_kind"] == "enterprise"}  # ambiguity 8


def test_citation_network(store):
    rows = ask(store, "citations")
    expected = {(doc, c["title"], c["doc_number"]) for doc, d in GOLD_JSON.items() for c in d["cited_policies"]}
    assert {(r["policy_id"], r["cited_title"], r["cited_doc_number"]) for r in rows} == expected
    assert not any(r["resolved"] for r in rows)  # the sample corpus cites nothing it contains


def test_citations_resolve_to_corpus_policies():
    cited = PolicyDocument("a", "a.txt", "", "关于支持区块链发展的若干措施", "funding_measures", doc_number="苏府〔2020〕1号")
    citing = PolicyDocument.from_dict({"doc_id": "b", "title": "答复", "doc_type": "proposal_reply", "cited_policies": [
        {"title": "关于支持区块链发展的若干措施", "doc_number": None}, {"title": "某某办法", "doc_number": None}]})
    s = RDFStore()
    s.load_graph(build_graph([cited, citing]))
    rows = run_query(s, "citations")["rows"]
    assert [(r["cited_title"], r["resolved"], r["cited_policy_id"]) for r in rows] == \
        [("关于支持区块链发展的若干措施", True, "a"), ("某某办法", False, None)]


def test_replies(store):
    rows = ask(store, "replies")
    assert {r["policy_id"] for r in rows} == set(FUTIAN)
    for doc in FUTIAN:
        gold = GOLD_JSON[doc]
        mine = [r for r in rows if r["policy_id"] == doc]
        proposers = {p["name"] for p in gold["people"] if p["role"] in ("代表", "委员")}
        assert {r["proposer"] for r in mine} == proposers
        assert {r["replying_agency"] for r in mine} == set(gold["issuer"])
        assert {r["measures"] for r in mine} == {len(gold["measures"])}
    first = [r for r in rows if r["policy_id"] == FUTIAN[0]]
    assert len(first) == 14 and {r["proposal_number"] for r in first} == {"20200003"}
    assert {r["proposal_kind"] for r in first} == {"建议"}
    assert {r["date"] for r in rows if r["policy_id"] == FUTIAN[1]} == {"2022-08-23"}


def test_everything_within_a_jurisdiction(store):
    rows = ask(store, "jurisdiction", jurisdiction="深圳市")
    policies = {r["item_id"] for r in rows if r["kind"] == "policy"}
    assert policies == {SHENZHEN, *FUTIAN}  # the 深圳 plan and the 3 福田区 replies
    assert {r["jurisdiction_name"] for r in rows if r["item_id"] in FUTIAN} == {"福田区"}
    assert {(r["item_id"], r["level"]) for r in rows if r["kind"] == "jurisdiction"} == {("深圳市", "city"),
                                                                                          ("福田区", "district")}
    agencies = {r["item_id"] for r in rows if r["kind"] == "agency"}
    assert {"福田区科技创新局", "深圳市工业和信息化局"} <= agencies
    assert not any("苏州" in a for a in agencies)
    assert {r["item_id"] for r in ask(store, "jurisdiction", jurisdiction="广东省") if r["kind"] == "policy"} == policies
    assert {r["item_id"] for r in ask(store, "jurisdiction", jurisdiction="苏州市") if r["kind"] == "policy"} == {SUZHOU}
    assert {r["item_id"] for r in ask(store, "jurisdiction", jurisdiction="福田区") if r["kind"] == "policy"} == set(FUTIAN)
    assert ask(store, "jurisdiction", jurisdiction="火星") == []


# -- the real extraction ---------------------------------------------------------------------------


def test_questions_on_the_extracted_corpus(corpus_graph, corpus_docs):
    s = RDFStore()
    s.load_graph(corpus_graph)
    rows = ask(s, "agency_measures", agency="苏州市工业和信息化局")
    assert ("三.(一)", "lead") in {(r["measure_id"], r["role"]) for r in rows}
    text = {d.doc_id: d.text for d in corpus_docs}
    with_evidence = [r for r in rows if r["evidence_start"] is not None]
    assert with_evidence
    for r in with_evidence:  # evidence offsets point into the original document
        assert text[r["policy_id"]][r["evidence_start"]:r["evidence_end"]] == r["as_written"]
    policies = {r["item_id"] for r in ask(s, "jurisdiction", jurisdiction="深圳市") if r["kind"] == "policy"}
    assert {SHENZHEN, *FUTIAN} <= policies and SUZHOU not in policies
    assert {r["policy_id"] for r in ask(s, "replies")} == set(FUTIAN)
    assert get_question("replies").sparql.lstrip().startswith("#")
