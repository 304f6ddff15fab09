"""Short names in Neo4j: every name a document writes an agency by is on the Agency (``aliases``) and in
the full-text index, so ``工信局`` finds the 工业和信息化局 of each city; what the Browser shows of a Funding
and a Document (``caption``) is loaded with them.

Needs the Neo4j server of the NEO4J_* environment (fails under CI without one, skips elsewhere).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cypher_helpers import connect_or_skip, ensure_loaded  # noqa: E402

from policykg.schema.vocab import neo4j_constraints  # noqa: E402

pytestmark = [pytest.mark.neo4j, pytest.mark.xdist_group("neo4j")]

SEARCH = "CALL db.index.fulltext.queryNodes('policykg_names', $q) YIELD node RETURN node.name AS name, labels(node) AS l"


@pytest.fixture(scope="module")
def neo(corpus_graph):
    store = connect_or_skip()
    ensure_loaded(store, corpus_graph)
    store.run_read("CALL db.awaitIndexes(300)")
    yield store
    store.close()


def test_agencies_carry_their_names_as_written(neo, corpus_graph):
    rows = neo.run_read("MATCH (a:Agency {name: '苏州市工业和信息化局'}) RETURN a.aliases AS aliases")
    assert rows and "市工信局" in rows[0]["aliases"]
    written = {e.get("as_written") for e in corpus_graph.edges.values() if e.type == "RESPONSIBLE_FOR"}
    stored = {w for r in neo.run_read("MATCH (a:Agency) RETURN a.aliases AS w") for w in r["w"] or []}
    names = {n.name for n in corpus_graph.by_label("Agency")}
    assert stored == written - names - {None}


def test_the_full_text_index_finds_an_agency_by_its_short_name(neo):
    found = {r["name"] for r in neo.run_read(SEARCH, {"q": "工信局"}) if r["l"] == ["Agency"]}
    assert {"苏州市工业和信息化局", "福田区工业和信息化局"} <= found, found


def test_funding_and_documents_have_captions(neo):
    rows = neo.run_read("MATCH (f:Funding) WHERE f.value_yuan = 300000.0 AND f.condition = '省级' "
                        "RETURN f.caption AS c, f.name AS name")
    assert rows and all(r["c"] == "30万元 · 省级" for r in rows), rows
    docs = neo.run_read("MATCH (p:Policy)-[:DERIVED_FROM]->(d:Document) RETURN p.title AS t, d.caption AS c")
    assert docs and all(r["c"].replace(" ", "") == r["t"].replace(" ", "") for r in docs)
    agency = neo.run_read("MATCH (a:Agency {name: '苏州市工业和信息化局'}) RETURN a.caption AS c")
    assert agency == [{"c": "苏州市 工业和 信息化局"}]  # breaks where the Browser may wrap it


def test_an_older_full_text_index_is_replaced(neo, corpus_graph):
    """A database loaded by an older release has policykg_names without aliases: a load replaces it."""
    neo.run_write("DROP INDEX policykg_names IF EXISTS")
    old = neo4j_constraints().split("CREATE FULLTEXT INDEX", 1)[1].replace(", n.aliases]", "]").rstrip().rstrip(";")
    neo.run_write("CREATE FULLTEXT INDEX" + old)
    neo.run_read("CALL db.awaitIndexes(300)")
    assert not [r for r in neo.run_read(SEARCH, {"q": "工信局"}) if r["name"] == "福田区工业和信息化局"]
    neo.ensure_schema()
    props = neo.run_read("SHOW INDEXES YIELD name, properties WHERE name = 'policykg_names' RETURN properties")
    assert "aliases" in props[0]["properties"]
    assert [r for r in neo.run_read(SEARCH, {"q": "工信局"}) if r["name"] == "福田区工业和信息化局"]
