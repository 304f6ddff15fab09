"""The Neo4j projection of the graph model: property values and the parameter rows of nodes and relationships.

Where a model node becomes a Neo4j node (:func:`node_row`) and an edge a relationship (:func:`edge_row`).
The statements that write the rows are in :mod:`policykg.stores.neo4j_cypher`, what the Browser shows
(captions, aliases) in :mod:`policykg.stores.neo4j_display`; both are re-exported here.  The loader
(:class:`policykg.stores.neo4j.Neo4jStore`, :mod:`policykg.stores.neo4j_load`) and the offline exports
(:mod:`policykg.stores.neo4j_export`) run these statements; this module does not import the driver.

Mapping (a direct projection of the model)
------------------------------------------
* each :class:`~policykg.graph.model.Node` becomes ``(:<label> {key, name, graph, ...props})``;
  ``graph`` is the named graph (document id, ``"common"`` or ``"derived"``);
* each :class:`~policykg.graph.model.Edge` becomes a relationship of type ``Edge.type``
  with ``{graph, ...props}``;
* property values: strings, numbers and booleans as they are; non-empty lists
  of one primitive type stay lists; anything else (mixed lists, dicts, ...)
  becomes a JSON string; ``None`` and empty lists are not stored (Neo4j has no
  null properties and cannot type an empty list).

Nodes are merged on ``key`` (one uniqueness constraint per label,
``schema/neo4j_constraints.cypher``, plus a full-text index with the ``cjk``
analyzer on names and titles), or created when the database was empty; shared
relationships are merged on (source key, type, target key, graph); those of a document batch and of ``derived`` are
created, once their graph's old relationships are deleted, so a row costs the
same however many relationships are loaded (issue 18: the MERGE of each derived
edge scanned every derived edge merged before it).  Labels and relationship types cannot be query parameters:
they are checked against :data:`~policykg.graph.model.NODE_LABELS` and
:data:`~policykg.graph.model.EDGE_TYPES` before being written into the query
text, and so are property names (quoted, backticks doubled) in the statements that read rows as
lists (:func:`property_columns`); every value is a parameter.  No APOC.

Examples
--------
>>> node_row(Node("agency:x", "Agency", "x", {"function": ["a", "b"], "extra": {"k": 1}}, "common"))
{'key': 'agency:x', 'props': {'extra': '{"k": 1}', 'function': ['a', 'b'], 'key': 'agency:x', 'name': 'x', 'graph': 'common', 'caption': 'x'}}
>>> checked_label("Agency"), checked_type("PART_OF")
('Agency', 'PART_OF')
>>> checked_label("Agency) DETACH DELETE (n")
Traceback (most recent call last):
...
policykg.errors.QueryError: 'Agency) DETACH DELETE (n' is not a node label of the schema (...)
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterable, Iterator, Sequence

from policykg.graph.model import COMMON, DERIVED, Edge, Node, PolicyGraph
from policykg.stores.neo4j_cypher import (
    KEEP_PLAN,
    ROWS,
    checked_label,
    checked_type,
    cypher_statements,
    delete_graphs_cypher,
    edge_create_cypher,
    edge_merge_cypher,
    fulltext_properties,
    gc_cypher,
    node_create_cypher,
    node_merge_cypher,
    schema_statements,
)
from policykg.stores.neo4j_display import (
    caption_text,
    display_props,
    display_statements,
    funding_caption,
    node_caption,
)

__all__ = [
    "node_row", "edge_row", "to_neo4j_value", "checked_label", "checked_type", "schema_statements",
    "node_merge_cypher", "node_create_cypher", "edge_merge_cypher", "edge_create_cypher", "delete_graphs_cypher", "gc_cypher",
    "partition", "doc_batches", "name_docs", "chunks", "scrub", "version_tuple", "plain", "merge_nodes", "property_columns", "FIXED",
    "KEEP_PLAN", "ROWS",
    "funding_caption", "caption_text", "node_caption", "display_statements", "display_props", "fulltext_properties",
    "cypher_statements",
]

FIXED = [COMMON, DERIVED]
_PRIMITIVES = (str, bool, int, float)


def to_neo4j_value(value: Any) -> Any:
    """A model property value as a Neo4j property value (``None`` means: do not store).

    >>> to_neo4j_value((1, 2)), to_neo4j_value((1, "a")), to_neo4j_value(2**70), to_neo4j_value(())
    ([1, 2], '[1, "a"]', '1180591620717411303424', None)
    """
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, (list, tuple)):
        if not value:  # Neo4j cannot tell an empty list's type; not stored, like None
            return None
        kinds = {type(v) for v in value}
        if len(kinds) <= 1 and kinds <= set(_PRIMITIVES) and all(
                not isinstance(v, int) or isinstance(v, bool) or -(2**63) <= v < 2**63 for v in value):
            return list(value)
        return json.dumps(list(value), ensure_ascii=False, sort_keys=True, default=str)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _props(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    out = {}
    for k, v in pairs:
        v = to_neo4j_value(v)
        if v is not None:
            out[k] = v
    return out


def node_row(node: Node) -> dict[str, Any]:
    """The parameter row of one node: ``{"key", "props"}`` (props include key, name and graph).

    Every node also gets ``caption`` (:func:`node_caption`), what the Browser's style sheet shows.
    """
    props = _props(node.props)
    props.update(key=node.key, name=node.name, graph=node.graph)
    caption = node_caption(node.label, props)
    if caption:
        props["caption"] = caption
    if node.name is None:
        del props["name"]
    return {"key": node.key, "props": props}


def edge_row(edge: Edge) -> dict[str, Any]:
    """The parameter row of one edge: ``{"src", "dst", "graph", "props"}`` (props include graph)."""
    props = _props(edge.props)
    props["graph"] = edge.graph
    return {"src": edge.src, "dst": edge.dst, "graph": edge.graph, "props": props}


def chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), max(1, size)):
        yield rows[i:i + size]


def partition(graph: PolicyGraph) -> dict[str, tuple[list[Node], list[Edge]]]:
    parts: dict[str, tuple[list[Node], list[Edge]]] = {}
    for d in graph.documents:
        parts.setdefault(d, ([], []))
    for n in graph.nodes.values():
        parts.setdefault(n.graph, ([], []))[0].append(n)
    for e in graph.edges.values():
        parts.setdefault(e.graph, ([], []))[1].append(e)
    return parts


def doc_batches(docs: list[str], parts: dict[str, tuple[list[Node], list[Edge]]],
                 batch_size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    rows = 0
    for d in docs:
        size = len(parts[d][0]) + len(parts[d][1])
        if batch and rows + size > batch_size:
            yield batch
            batch, rows = [], 0
        batch.append(d)
        rows += size
    if batch:
        yield batch


def name_docs(batch: Sequence[str]) -> str:
    shown = ", ".join(batch[:5])
    return shown + (f" and {len(batch) - 5} more" if len(batch) > 5 else "")


def scrub(text: str, secret: str | None) -> str:
    if secret and len(secret) >= 3:
        text = text.replace(secret, "***")
    return text


def version_tuple(version: str) -> tuple[int, ...]:
    """``"5.26.30"`` -> ``(5, 26, 30)``; unknown versions count as new.

    >>> version_tuple("5.26.30"), version_tuple("5.20.0-aura"), version_tuple("")
    ((5, 26, 30), (5, 20, 0), (99,))
    """
    nums = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit()) if part[:1].isdigit() else ""
        if not digits:
            break
        nums.append(int(digits))
        if not part.isdigit():
            break
    return tuple(nums) or (99,)


def plain(value: Any) -> Any:
    """Driver values as plain Python (temporal values as ISO strings, graph entities as dicts)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "element_id") and hasattr(value, "items"):  # a driver Node or Relationship
        return {k: plain(v) for k, v in value.items()}
    return value


def merge_nodes(tx: Any, nodes: list[Node], batch_size: int, *, created: dict[str, dict[str, Any]] | None = None,
                columns: dict[tuple[str, ...], list[str]] | None = None) -> None:
    """MERGE ``nodes`` on their key in the transaction ``tx``, ``batch_size`` rows per statement.

    ``created`` (not None): the database holds none of their keys, so they are CREATEd, with
    ``created[key]`` added to their properties (what the display statements would set), from list rows
    of the properties ``columns[(label,)]`` and any other they have (:func:`property_columns`).
    The statements are all sent before their results are read, so the server runs one while the next
    one's rows are built.
    """
    by_label: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(n)
    results = []
    for label in sorted(by_label):
        ordered = sorted(by_label[label], key=lambda n: n.key)
        if created is None:
            statement, rows = KEEP_PLAN + node_merge_cypher(label, ROWS), [node_row(n) for n in ordered]
        else:
            props = [{**node_row(n)["props"], **created.get(n.key, {})} for n in ordered]
            names = sorted({k for p in props for k in p}.union((columns or {}).get((label,), ())))
            statement = KEEP_PLAN + node_create_cypher(label, names)
            rows = [[p.get(k) for k in names] for p in props]
        results += [tx.run(statement, batch={"rows": list(chunk)}) for chunk in chunks(rows, batch_size)]
    for result in results:
        result.consume()


def property_columns(graph: PolicyGraph) -> dict[tuple[str, ...], list[str]]:
    """The property names nodes of each ``(label,)`` and relationships of each ``(type, source label,
    target label)`` of ``graph`` may have: the statements of one load keep one text (one plan) from
    batch to batch, whichever properties a batch's rows happen to have (a missing one is null).

    >>> g = PolicyGraph()
    >>> g.add_node(Node("agency:a", "Agency", "a", {"function": "f"}, "common"))
    >>> g.add_node(Node("agency:b", "Agency", "b", {}, "common"))
    >>> g.add_edge(Edge("agency:b", "PART_OF", "agency:a", {"note": 1}, "common"))
    >>> property_columns(g)[("Agency",)], property_columns(g)[("PART_OF", "Agency", "Agency")]
    (['aliases', 'caption', 'function', 'graph', 'key', 'name'], ['graph', 'note'])
    """
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for n in graph.nodes.values():
        found[(n.label,)].update(k for k, _ in n.props)
    for e in graph.edges.values():
        found[(e.type, graph.nodes[e.src].label, graph.nodes[e.dst].label)].update(k for k, _ in e.props)
    node_names, edge_names = {"key", "name", "graph", "caption", "aliases"}, {"graph"}
    return {k: sorted(v | (node_names if len(k) == 1 else edge_names)) for k, v in found.items()}
