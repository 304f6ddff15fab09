"""A load into an empty database takes shortcuts (issue 18); each must give the database a reload gives.

Into an empty database the loader creates the nodes instead of merging them, writes the aliases and
captions the display statements would set with the nodes (:func:`policykg.stores.neo4j_load.fresh_display`)
and builds the ``graph`` and full-text indexes once after the load instead of row by row.  Nodes and
relationships are created from list rows whose property names are in the statement.
"""
from __future__ import annotations

import copy
import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _neo4j_helpers import expected_snapshot, metachar_graph, model_counts, neo4j_store, snapshot  # noqa: E402

from policykg.graph.model import COMMON  # noqa: E402
from policykg.stores.neo4j_cypher import schema_name  # noqa: E402
from policykg.stores.neo4j_load import fresh_display, load_common, load_documents  # noqa: E402
from policykg.stores.neo4j_mapping import display_statements, partition, schema_statements  # noqa: E402

_ = neo4j_store  # the fixture


def _drop_schema(store) -> None:
    for r in store.run_read("SHOW CONSTRAINTS YIELD name RETURN name"):
        store.run_write(f"DROP CONSTRAINT `{r['name']}`")
    for r in store.run_read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"):
        store.run_write(f"DROP INDEX `{r['name']}`")


def _aliased(graph):
    """``graph`` with one agency written four ways: a fullwidth bracket (U+FF08) and a supplementary
    character (U+20000) sort one way by code point and the other by UTF-16 unit."""
    g = copy.deepcopy(graph)
    edges = [e for e in g.edges.values() if e.type == "RESPONSIBLE_FOR"]
    agency = max({e.src for e in edges}, key=lambda a: (sum(e.src == a for e in edges), a))
    mine = sorted((e for e in edges if e.src == agency), key=lambda e: e.key)
    assert len(mine) >= 3
    for e, written in zip(mine, ["（甲）局", "\U00020000乙局", "丙局"]):
        g.edges[e.key] = dataclasses.replace(e, props=tuple((k, v) for k, v in e.props if k != "as_written")
                                             + (("as_written", written),))
    return g, agency


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_a_load_into_a_database_without_schema_builds_the_indexes_after_and_equals_a_reload(neo4j_store,
                                                                                          corpus_graph):
    _drop_schema(neo4j_store)
    neo4j_store.load(corpus_graph, batch_size=300)
    first = snapshot(neo4j_store)
    assert first == expected_snapshot(corpus_graph)
    online = {r["name"]: r["state"] for r in neo4j_store.run_read("SHOW INDEXES YIELD name, state RETURN name, state")}
    constraints = {r["name"] for r in neo4j_store.run_read("SHOW CONSTRAINTS YIELD name RETURN name")}
    for statement in schema_statements():
        name = schema_name(statement)
        assert name in constraints or online.get(name) == "ONLINE", name
    agency = next(n for n in corpus_graph.by_label("Agency") if n.key in fresh_display(corpus_graph))
    alias = fresh_display(corpus_graph)[agency.key]["aliases"][0]
    hits = neo4j_store.run_read("CALL db.index.fulltext.queryNodes('policykg_names', $q) YIELD node "
                                "RETURN node.key AS key", {"q": alias})
    assert agency.key in {h["key"] for h in hits}  # the full-text index covers the aliases written with the nodes
    neo4j_store.load(corpus_graph)  # a reload: deletes and merges
    assert snapshot(neo4j_store) == first
    assert neo4j_store.counts() == model_counts(corpus_graph)


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
@pytest.mark.parametrize("which", ["corpus", "aliased", "metachar"])
def test_what_a_fresh_load_writes_for_the_browser_is_what_the_display_statements_set(neo4j_store, corpus_graph,
                                                                                     which):
    graph = {"corpus": corpus_graph, "aliased": _aliased(corpus_graph)[0], "metachar": metachar_graph()}[which]
    neo4j_store.load(graph)
    loaded = snapshot(neo4j_store)
    for statement in display_statements():
        neo4j_store.run_write(statement)
    assert snapshot(neo4j_store) == loaded
    assert loaded == expected_snapshot(graph)


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_property_names_written_into_statements_are_quoted(neo4j_store, corpus_graph):
    from policykg.graph.model import Edge, Node

    g = copy.deepcopy(corpus_graph)
    odd = {"odd`name} DETACH DELETE n //": "值", "with space": 1}
    g.add_node(Node("agency:odd", "Agency", "奇怪局", odd, COMMON))
    measure = next(n.key for n in g.nodes.values() if n.label == "Measure")
    doc = g.nodes[measure].graph
    g.add_edge(Edge("agency:odd", "RESPONSIBLE_FOR", measure, {**odd, "role": "lead"}, doc))
    neo4j_store.load(g)  # into an empty database: CREATE from list rows
    assert snapshot(neo4j_store) == expected_snapshot(g)
    neo4j_store.load(g)  # a reload: MERGE from maps
    assert snapshot(neo4j_store) == expected_snapshot(g)


def test_fresh_display_orders_aliases_as_the_database_does(corpus_graph):
    g, agency = _aliased(corpus_graph)
    aliases = fresh_display(g)[agency]["aliases"]
    assert aliases.index("丙局") < aliases.index("（甲）局") < aliases.index("\U00020000乙局")  # code points


class _Result:
    def __init__(self, n: int) -> None:
        self.n = n
        self.counters = self

    @property
    def relationships_created(self) -> int:
        return self.n

    def consume(self) -> "_Result":
        return self

    def single(self) -> dict:
        return {"n": self.n}


class _Tx:
    def __init__(self) -> None:
        self.statements: list[tuple[str, list]] = []

    def run(self, statement: str, **params) -> _Result:
        rows = params.get("batch", {}).get("rows") or params.get("batch", {}).get("keys") or params.get("graphs") or []
        self.statements.append((statement, rows))
        return _Result(len(rows))


def test_a_fresh_load_creates_from_list_rows_and_deletes_nothing(corpus_graph):
    parts = partition(corpus_graph)
    docs = sorted(corpus_graph.documents)
    tx = _Tx()
    load_documents(tx, corpus_graph, docs[:1], parts, 1_000_000, scope=True, held=[], created={})
    nodes = [(s, rows) for s, rows in tx.statements if "(n:" in s]
    assert nodes and all(" CREATE (n:" in s and "MERGE" not in s and "SET" not in s for s, _ in nodes)
    assert all(isinstance(r, list) for _, rows in nodes for r in rows)
    assert not any("DELETE" in s for s, _ in tx.statements)
    assert all("UNWIND $batch." in s for s, _ in tx.statements)  # no list parameter: one plan per statement
    tx = _Tx()
    load_common(tx, corpus_graph, parts[COMMON], 1_000_000, created={})
    assert not any("DELETE" in s or "MERGE" in s for s, _ in tx.statements)
    tx = _Tx()
    load_common(tx, corpus_graph, parts[COMMON], 1_000_000)  # a reload merges and replaces
    assert any("MERGE (n:" in s for s, _ in tx.statements) and any("DELETE r" in s for s, _ in tx.statements)
