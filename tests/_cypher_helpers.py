"""Shared by the canned-Cypher and Neo4j Browser tests: the server gate, loading, gold facts."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from _neo4j_helpers import HOW, credentials, open_store
from conftest import require

GOLD = Path(__file__).parent / "data" / "gold"
GOLD_JSON = {p.name[: -len(".gold.json")]: json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.gold.json"))}


def gold_measure_counts() -> Counter:
    """Agency full name -> number of gold measures it is responsible for."""
    return Counter(a for d in GOLD_JSON.values() for m in d["measures"] for a in m["responsible_normalized"])


#: the agency responsible for the most measures in the gold (12 against at most 8 for any other)
TOP_AGENCY = gold_measure_counts().most_common(1)[0][0]


def connect_or_skip():
    """A :class:`~policykg.stores.neo4j.Neo4jStore` on the test server (fail under CI, else skip).

    The server is the one of the NEO4J_* environment, else the running ``scripts/neo4j-local`` one.
    """
    require(credentials() is not None, "Neo4j", HOW)
    return open_store()


def neo4j_env() -> dict[str, str]:
    """``NEO4J_URI``, ``NEO4J_USER`` and ``NEO4J_PASSWORD`` of the test server (for a subprocess or the Browser)."""
    creds = credentials()
    require(creds is not None, "Neo4j", HOW)
    return {"NEO4J_URI": creds["uri"], "NEO4J_USER": creds["user"], "NEO4J_PASSWORD": creds["password"]}


def expected_counts(graph) -> dict:
    c = graph.counts()
    return {"nodes": c["nodes"], "relationships": c["edges"]}


def ensure_loaded(neo, graph) -> None:
    """(Re)load ``graph`` unless the database already holds it (other tests share the server)."""
    totals = neo.run_read("MATCH (n) WITH count(n) AS nodes "
                          "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships")
    if totals != [{"nodes": len(graph.nodes), "relationships": len(graph.edges)}] \
            or neo.documents() != sorted(graph.documents):
        neo.clear()
        neo.load(graph)
        assert neo.counts() == expected_counts(graph)
