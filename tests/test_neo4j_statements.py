"""The statements a Neo4j load runs, without a server (issue 18): a document batch's and the derived graph's
relationships are CREATEd after their graph's old ones are deleted, never MERGEd (the MERGE of a derived edge
seeked the ``graph`` index, where every derived edge has ``graph='derived'``, and scanned them all: 20k
derived edges took 111 s).  bench/bench_neo4j_scaling.py measures it."""
from __future__ import annotations

from policykg.graph.model import DERIVED
from policykg.stores.neo4j_load import load_common, load_documents, replace_derived_edges
from policykg.stores.neo4j_mapping import partition as _partition


class _Result:
    def __init__(self, n: int) -> None:
        self.n = n
        self.counters = self  # the summary of a CREATE counts what it made

    @property
    def relationships_created(self) -> int:
        return self.n

    def consume(self) -> "_Result":
        return self

    def single(self) -> dict:
        return {"n": self.n}


class _Tx:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def run(self, statement: str, **params) -> _Result:
        self.statements.append(statement)
        return _Result(len(params.get("batch", {}).get("rows", ())))


def _edge_writes(tx: _Tx) -> list[str]:
    return [s for s in tx.statements if "UNWIND $batch.rows" in s and ")-[r:" in s]


def test_document_and_derived_relationships_are_created_after_their_graph_is_deleted(corpus_graph):
    parts = _partition(corpus_graph)
    docs = sorted(corpus_graph.documents)
    tx = _Tx()
    load_documents(tx, corpus_graph, docs, parts, 100, scope=True)
    writes = _edge_writes(tx)
    assert "DELETE" in tx.statements[0] and writes
    assert all("CREATE (a)-[r:" in s and "MERGE" not in s for s in writes)
    tx = _Tx()
    derived = parts[DERIVED][1]
    assert {e.type for e in derived} >= {"OVERLAPS", "CO_RESPONSIBLE"}
    replace_derived_edges(tx, corpus_graph, derived, 100, scope=True)
    assert "DELETE" in tx.statements[0]
    assert _edge_writes(tx) and all("CREATE (a)-[r:" in s and "MERGE" not in s for s in _edge_writes(tx))


def test_shared_relationships_are_replaced_per_source_node(corpus_graph):
    """Shared (``common``) relationships are replaced per source node: the nodes are merged (which
    write-locks them), their outgoing shared relationships deleted, then the relationships CREATEd (a
    MERGE keyed on ``graph`` sought the relationship index and scanned every shared edge per row, issue
    18).  A shared edge from a node outside the stage is still MERGEd."""
    parts = _partition(corpus_graph)
    nodes, edges = parts["common"]
    tx = _Tx()
    load_common(tx, corpus_graph, (nodes, edges), 100)
    assert _edge_writes(tx) and all("CREATE (a)-[r:" in s and "MERGE" not in s for s in _edge_writes(tx))
    outside = {e.src for e in edges}
    tx = _Tx()
    load_common(tx, corpus_graph, ([n for n in nodes if n.key not in outside], edges), 100)
    assert _edge_writes(tx) and all("MERGE (a)-[r:" in s for s in _edge_writes(tx))
