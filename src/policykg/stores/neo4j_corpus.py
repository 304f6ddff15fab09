"""The corpus a Neo4j load recomputes its corpus-wide edges over: the graph being loaded plus what the
database already holds of the other documents (issue 15).

Loading one changed file (``policykg neo4j load corpus/<one>.txt``) builds a graph of that document
alone; its ``derived`` edges (OVERLAPS, CO_RESPONSIBLE, resolved CITES and lifecycle links) are those of a
one-document corpus.  :func:`corpus_for_load` reads the other documents' facts and the shared entities back
from the database into the model, puts the loaded graph over them and recomputes the corpus-wide edges with
:func:`policykg.graph.derivations.derive`, as a rebuild of the whole corpus would.  The store is used through
its public reading methods only (this module does not import the driver).

Examples
--------
>>> node_from_row("Agency", {"key": "agency:x", "name": "x", "graph": "common", "function": ["a"]})
Node(key='agency:x', label='Agency', name='x', props=(('function', ('a',)),), graph='common')
>>> edge_from_row("a", "PART_OF", "b", {"graph": "common"})
Edge(src='a', type='PART_OF', dst='b', props=(), graph='common')
"""
from __future__ import annotations

import logging
from typing import Any, Iterable, Mapping

from policykg.graph.model import COMMON, DERIVED, EDGE_TYPES, NODE_LABELS, Edge, Node, PolicyGraph

__all__ = ["corpus_for_load", "stored_graph", "node_from_row", "edge_from_row"]

log = logging.getLogger(__name__)

_OWN = ("key", "name", "graph")


def node_from_row(label: str, props: Mapping[str, Any]) -> Node:
    """A model node from a Neo4j node's label and properties (key, name and graph are its fields)."""
    return Node(props["key"], label, props.get("name"), {k: v for k, v in props.items() if k not in _OWN},
                props.get("graph", COMMON))


def edge_from_row(src: str, type_: str, dst: str, props: Mapping[str, Any]) -> Edge:
    """A model edge from a Neo4j relationship's ends, type and properties (graph is its field)."""
    return Edge(src, type_, dst, {k: v for k, v in props.items() if k != "graph"}, props.get("graph", COMMON))


def stored_graph(store: Any, graphs: Iterable[str]) -> PolicyGraph:
    """The nodes and relationships of the named ``graphs`` in ``store`` (a Neo4jStore), as a model graph.

    One index seek on ``graph`` per label and per relationship type; a relationship whose other end is
    in none of ``graphs`` is left out.
    """
    names = sorted(set(graphs))
    g = PolicyGraph()
    nodes: dict[str, Node] = {}
    for label in NODE_LABELS:
        for row in store.run_read(f"MATCH (n:`{label}`) WHERE n.graph IN $graphs RETURN properties(n) AS p",
                                  {"graphs": names}):
            node = node_from_row(label, row["p"])
            nodes[node.key] = node
    edges: dict[str, Edge] = {}
    for type_ in EDGE_TYPES:
        for row in store.run_read(f"MATCH (a)-[r:`{type_}`]->(b) WHERE r.graph IN $graphs "
                                  "RETURN a.key AS a, b.key AS b, properties(r) AS p", {"graphs": names}):
            if row["a"] in nodes and row["b"] in nodes:
                edge = edge_from_row(row["a"], type_, row["b"], row["p"])
                edges[edge.key] = edge
    g.nodes, g.edges = nodes, edges
    return g


def corpus_for_load(store: Any, graph: PolicyGraph, others: Iterable[str]) -> PolicyGraph:
    """``graph`` over the stored documents ``others`` and the shared entities, corpus-wide edges recomputed.

    ``graph``'s nodes and edges replace the stored ones of the same key (its documents are the new
    version); the stored ``derived`` edges are not read: :func:`~policykg.graph.derivations.derive` computes
    them over the whole result.
    """
    from policykg.graph.derivations import derive

    others = sorted(set(others) - set(graph.documents) - {COMMON, DERIVED})
    g = stored_graph(store, [*others, COMMON])
    nodes = {**g.nodes, **graph.nodes}
    edges = {k: e for k, e in g.edges.items() if e.src in nodes and e.dst in nodes}
    edges.update((k, e) for k, e in graph.edges.items() if e.graph != DERIVED)
    g.nodes, g.edges = nodes, edges
    derive(g)
    log.info("neo4j: corpus-wide edges recomputed over %d stored and %d loaded documents",
             len(others), len(graph.documents))
    return g
