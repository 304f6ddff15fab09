"""The graph forms of the canned questions (``NAME.graph.cypher``, named by ``graph`` in ``NAME.toml``):
the same parameters as the table form, only paths, nodes and relationships returned (so the Neo4j Browser
draws them), never the derived CO_RESPONSIBLE / OVERLAPS edges, and for the responsibility questions the
very facts of the table's rows.

The Neo4j tests need the server of the NEO4J_* environment (fail under CI without one, skip elsewhere).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cypher_helpers import connect_or_skip, ensure_loaded  # noqa: E402
from _neo4j_helpers import credentials  # noqa: E402

from policykg.queries import list_questions, run_question  # noqa: E402
from policykg.queries.browser_guide import param_value  # noqa: E402
from policykg.queries.cypher import query_body, returned_columns  # noqa: E402

GRAPH_QUESTIONS = [q for q in list_questions() if q.graph_cypher]
DERIVED = {"CO_RESPONSIBLE", "OVERLAPS"}


def test_the_questions_with_a_graph_form():
    assert {q.name for q in GRAPH_QUESTIONS} >= {"agency_measures", "policy_responsibilities", "measure_leads",
                                                "funding", "agency_pairs", "citations", "policy_links"}


@pytest.mark.parametrize("question", GRAPH_QUESTIONS, ids=lambda q: q.name)
def test_a_graph_form_takes_the_table_forms_parameters_and_returns_graph_variables(question):
    text = question.graph_cypher
    body = query_body(text)
    assert body.startswith("MATCH") and ";" not in body
    assert set(re.findall(r"\$([A-Za-z_]\w*)", text)) == {p.name for p in question.params}
    for column in returned_columns(text):  # variables bound to paths or nodes, no computed values
        assert re.fullmatch(r"[a-z_]+", column), column
        assert re.search(rf"\b{column}\s*=\s*\(|MATCH \({column}:", body), column
    assert not DERIVED & set(re.findall(r"[A-Z_]{4,}", body))


def _graph(question, params: dict) -> dict:
    """Nodes and relationships of the graph form's answer, with the driver's graph types."""
    from neo4j import GraphDatabase
    from neo4j.graph import Node, Path, Relationship

    creds = credentials()
    nodes, rels, others = {}, {}, []
    with GraphDatabase.driver(creds["uri"], auth=(creds["user"], creds["password"])) as driver:
        records, _, _ = driver.execute_query(question.graph_cypher, params)
    for record in records:
        for value in record.values():
            if isinstance(value, Path):
                nodes.update((n.element_id, n) for n in value.nodes)
                rels.update((r.element_id, r) for r in value.relationships)
            elif isinstance(value, Node):
                nodes[value.element_id] = value
            elif isinstance(value, Relationship):
                rels[value.element_id] = value
            elif value is not None:
                others.append(value)
    return {"nodes": nodes, "relationships": rels, "others": others}


@pytest.fixture(scope="module")
def neo(corpus_graph):
    store = connect_or_skip()
    ensure_loaded(store, corpus_graph)
    yield store
    store.close()


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
@pytest.mark.parametrize("question", GRAPH_QUESTIONS, ids=lambda q: q.name)
def test_a_graph_form_draws_an_answer_without_derived_edges(neo, question):
    params = {p.name: param_value(question, p) for p in question.params}
    graph = _graph(question, params)
    assert graph["relationships"] and not graph["others"], question.name
    assert not DERIVED & {r.type for r in graph["relationships"].values()}
    if run_question(question.name, params, engine="neo4j", store=neo)["rows"]:
        assert graph["nodes"]


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
@pytest.mark.parametrize("name,params", [("agency_measures", {"agency": "苏州市工业和信息化局", "in_force": ""}),
                                         ("agency_measures", {"agency": "市工信局", "in_force": "2021-06-01"}),
                                         ("policy_responsibilities",
                                          {"policy": "suzhou-blockchain-opinions-2020-2022", "in_force": ""})])
def test_a_graph_form_holds_the_facts_of_the_tables_rows(neo, name, params):
    from policykg.queries import get_question

    question = get_question(name)
    graph = _graph(question, params)
    drawn = set()
    for r in graph["relationships"].values():
        if r.type == "RESPONSIBLE_FOR":
            drawn.add((r.end_node["measure_id"], r.start_node["name"], r.get("role") or "co"))
    rows = run_question(name, params, engine="neo4j", store=neo)["rows"]
    assert rows and drawn == {(r["measure_id"], r["agency_name"], r["role"]) for r in rows}
