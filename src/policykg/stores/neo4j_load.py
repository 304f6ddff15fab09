"""What a Neo4j load writes, one managed write transaction at a time (the driver's ``tx`` is passed in).

:meth:`policykg.stores.neo4j.Neo4jStore.load` is idempotent:

1. shared entities (graph ``common``) are upserted, their outgoing shared
   relationships replaced (one transaction, :func:`load_common`);
2. documents, in batches of about ``batch_size`` rows, each batch one managed
   write transaction (:func:`load_documents`): the old facts of exactly these documents (nodes and
   relationships whose ``graph`` is their id) are deleted, then their nodes and
   relationships created.  A failure rolls the batch back and raises
   :class:`~policykg.stores.neo4j_connect.Neo4jStoreError` naming its documents: a document is never
   half loaded;
3. the ``derived`` graph (OVERLAPS, CO_RESPONSIBLE, resolved CITES and lifecycle
   links), computed by the model over the whole corpus, is replaced wholesale (one
   transaction, :func:`replace_derived_edges`);
4. shared entities no document uses any more are deleted (one transaction, :func:`collect_garbage`):
   a shared node is used when a relationship of some document touches it, or
   when a used node is ``PART_OF`` / ``IN_JURISDICTION`` it (a district keeps its city).

Into an empty database (issue 18) nothing is deleted first (no document's facts, no ``derived`` graph
are there), the nodes are CREATEd rather than MERGEd (no node has their keys; the key constraints still
check), with the aliases and captions the display statements would set (:func:`fresh_display`, which
then do not run), the clean-up runs only when :func:`unused_shared` finds a shared node to remove, and
only the key constraints exist while it writes: the ``graph`` and full-text indexes are built once
after it (:meth:`~policykg.stores.neo4j.Neo4jStore.ensure_schema`; a load that fails before has them
built by the next one).  Loading twice still gives the same database.

Every write is ``UNWIND`` of a batch of rows: lists whose property names are in the statement, one
statement text per label or relationship group for the whole load
(:func:`~policykg.stores.neo4j_mapping.property_columns`), in a map parameter
(:data:`~policykg.stores.neo4j_cypher.ROWS`: Neo4j plans a statement again for each size bucket of a
list parameter).  A transaction's statements are all sent before their results are read, so the server
runs one while the next one's rows are built; a failure still rolls back the whole transaction.

Documents in the database but not in the graph keep their facts, and the
corpus-wide edges (``derived``, agency jurisdictions) are recomputed over them
and the graph together (:func:`load_plan`, with :func:`policykg.stores.neo4j_corpus.corpus_for_load`
reading them back), so loading one changed file gives the database a full load
of the corpus would (issue 15).  ``scope`` says whether the server knows ``CALL () {...}`` (5.23+).
This module does not import the driver.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from policykg.graph.model import COMMON, DERIVED, Edge, Node, PolicyGraph
from policykg.stores.neo4j_connect import Neo4jConnection, Neo4jStoreError
from policykg.stores.neo4j_cypher import CONTAINMENT, CONTAINMENT_DEPTH
from policykg.stores.neo4j_mapping import (
    FIXED,
    KEEP_PLAN,
    checked_label,
    chunks,
    delete_graphs_cypher,
    display_statements,
    edge_create_cypher,
    edge_merge_cypher,
    edge_row,
    gc_cypher,
    merge_nodes,
    node_row,
    partition,
)

__all__ = ["Parts", "Columns", "load_plan", "merge_edges", "load_common", "load_documents", "replace_derived_edges",
           "collect_garbage", "unused_shared", "fresh_display"]

#: named graph -> (its nodes, its edges), as :func:`policykg.stores.neo4j_mapping.partition` splits a graph
Parts = dict[str, tuple[list[Node], list[Edge]]]
#: ``(label,)`` or ``(type, source label, target label)`` -> property names, from
#: :func:`policykg.stores.neo4j_mapping.property_columns`
Columns = dict[tuple[str, ...], list[str]]


def load_plan(conn: Neo4jConnection, graph: PolicyGraph, stored: list[str]) -> tuple[Parts, list[str], PolicyGraph]:
    """What loading ``graph`` writes: its parts, its documents, and the graph the corpus-wide edges come from.

    Parameters
    ----------
    conn
        The store (its public reading methods read the other documents back).
    graph
        The model of the documents to (re)load.
    stored
        The documents the database holds now.

    Returns
    -------
    tuple
        ``(parts, documents, basis)``: with other documents in the database, the ``common``
        relationships of ``graph``'s shared nodes and the ``derived`` graph are those of ``basis``,
        the stored documents and ``graph`` together; else ``basis`` is ``graph``.
    """
    parts = partition(graph)
    docs = sorted(k for k in parts if k not in FIXED)
    others = sorted(set(stored) - set(docs))
    if not others:
        return parts, docs, graph
    # corpus-wide edges over every document the database will hold, not only these
    from policykg.stores.neo4j_corpus import corpus_for_load

    basis = corpus_for_load(conn, graph, others)
    mine = {n.key for n in parts.get(COMMON, ([], []))[0]}
    parts[COMMON] = (parts.get(COMMON, ([], []))[0],
                     [e for e in basis.edges.values() if e.graph == COMMON and e.src in mine])
    parts[DERIVED] = ([], [e for e in basis.edges.values() if e.graph == DERIVED])
    return parts, docs, basis


def merge_edges(tx: Any, graph: PolicyGraph, edges: list[Edge], batch_size: int, *,
                create: bool = False, columns: Columns | None = None) -> None:
    """MERGE ``edges``, or CREATE them (``create``: their graph's relationships were just deleted).

    One statement per (type, source label, target label), so both ends are found by their label's key
    constraint, its rows lists of the properties ``columns[group]`` and any other they have
    (:func:`~policykg.stores.neo4j_mapping.property_columns`); all are sent before their counts are read
    (the server runs one while the next one's rows are built), and a count short of its rows raises.
    """
    groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in edges:
        groups[(e.type, graph.nodes[e.src].label, graph.nodes[e.dst].label)].append(e)
    sent = []
    for (type_, src, dst) in sorted(groups):
        ordered = sorted(groups[(type_, src, dst)], key=lambda e: e.key)
        props = [edge_row(e)["props"] for e in ordered]
        names = sorted({k for p in props for k in p}.union((columns or {}).get((type_, src, dst), ())))
        statement = KEEP_PLAN + (edge_create_cypher if create else edge_merge_cypher)(type_, src, dst, names)
        rows = [[e.src, e.dst, *(p.get(k) for k in names)] for e, p in zip(ordered, props)]
        at = 2 + names.index("graph")
        sent += [(tx.run(statement, batch={"rows": list(chunk)}), len(chunk), type_, src, dst, chunk[0][at])
                 for chunk in chunks(rows, batch_size)]
    for result, size, type_, src, dst, graph_ in sent:
        merged = result.consume().counters.relationships_created if create else result.single()["n"]
        if merged != size:
            raise Neo4jStoreError(f"{size - merged} of {size} {type_} relationships "
                                  f"found no {src} or {dst} node to join (graph {graph_})")


def load_common(tx: Any, graph: PolicyGraph, common: tuple[list[Node], list[Edge]], batch_size: int,
                created: dict[str, dict[str, Any]] | None = None, columns: Columns | None = None) -> None:
    """Upsert the shared nodes ``common[0]`` and replace their outgoing shared relationships by ``common[1]``.

    ``created`` (not None): the database is empty, so the nodes are created (with these display
    properties, :func:`fresh_display`) and there is nothing to replace.  ``columns``: as for
    :func:`merge_edges`.
    """
    nodes, edges = common
    merge_nodes(tx, nodes, batch_size, created=created, columns=columns)
    by_label: dict[str, list[str]] = defaultdict(list)
    for n in nodes if created is None else ():
        by_label[n.label].append(n.key)
    for label in sorted(by_label):  # shared relationships of these nodes are replaced, not accumulated
        for chunk in chunks(sorted(by_label[label]), batch_size):
            tx.run(f"{KEEP_PLAN}UNWIND $batch.keys AS k MATCH (n:`{checked_label(label)}` {{key: k}})-[r]->() "
                   "WHERE r.graph = $common DELETE r", batch={"keys": list(chunk)}, common=COMMON).consume()
    # Edges are unique per (graph, src, type, dst), so once the outgoing shared relationships of
    # these nodes are gone, CREATE makes what MERGE would, without MERGE's seek on the
    # relationship ``graph`` index (which scanned every shared edge per row: issue 18).
    sources = {n.key for n in nodes}
    merge_edges(tx, graph, edges, batch_size, create=all(e.src in sources for e in edges), columns=columns)


def load_documents(tx: Any, graph: PolicyGraph, batch: list[str], parts: Parts, batch_size: int,
                   scope: bool, held: list[str] | None = None,
                   created: dict[str, dict[str, Any]] | None = None, columns: Columns | None = None) -> None:
    """Replace the facts of the documents ``batch``: delete their graphs, create their nodes and relationships.

    ``held``: the documents of ``batch`` the database held when the load began (None: all of them); only
    their graphs are deleted (a document it did not hold has no facts there, and the load writes each
    document once).  ``created`` (not None): the load began on an empty database, so no node has these
    documents' keys: the nodes are created, with these display properties (:func:`fresh_display`).
    """
    old = batch if held is None else held
    if old:
        tx.run(KEEP_PLAN + delete_graphs_cypher(scope), graphs=old).consume()
    merge_nodes(tx, [n for d in batch for n in parts[d][0]], batch_size, created=created, columns=columns)
    merge_edges(tx, graph, [e for d in batch for e in parts[d][1]], batch_size, create=True, columns=columns)


def fresh_display(graph: PolicyGraph) -> dict[str, dict[str, Any]] | None:
    """What :func:`~policykg.stores.neo4j_display.display_statements` set on a database holding exactly
    ``graph``: node key -> properties (an agency's ``aliases``, a Document's ``caption``).

    Read from the rows the load writes, as the statements read them from the database (stored strings
    order by code point, as Python's do).  None when a value is no string (the statements then run).
    """
    written: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, list[str]] = defaultdict(list)
    for e in graph.edges.values():
        src = graph.nodes[e.src]
        if e.type == "RESPONSIBLE_FOR" and src.label == "Agency":
            alias = edge_row(e)["props"].get("as_written")
            if alias is not None and src.name is not None:
                if not isinstance(alias, str) or not isinstance(src.name, str):
                    return None
                if alias != src.name:
                    written[e.src].add(alias)
        elif e.type == "DERIVED_FROM" and src.label == "Policy" and graph.nodes[e.dst].label == "Document":
            caption = node_row(src)["props"].get("caption")
            if caption is not None:
                if not isinstance(caption, str):
                    return None
                titles[e.dst].append(caption)
    out: dict[str, dict[str, Any]] = {k: {"aliases": sorted(names)} for k, names in written.items()}
    out.update((k, {"caption": min(captions)}) for k, captions in titles.items())
    return out


def replace_derived_edges(tx: Any, graph: PolicyGraph, edges: list[Edge], batch_size: int, scope: bool,
                          delete: bool = True) -> None:
    """Replace the corpus-wide relationships (graph ``derived``) by ``edges`` (``delete``: False when the
    load began on an empty database, which holds none)."""
    if delete:
        tx.run(KEEP_PLAN + delete_graphs_cypher(scope), graphs=[DERIVED]).consume()
    merge_edges(tx, graph, edges, batch_size, create=True)


def unused_shared(graph: PolicyGraph) -> set[str]:
    """The shared nodes of ``graph`` that :func:`collect_garbage` would delete from a database holding only it.

    A node is used when a relationship of some document touches it, or when it is at most
    ``CONTAINMENT_DEPTH`` ``PART_OF`` / ``IN_JURISDICTION`` steps from such a node (the rule of
    :func:`~policykg.stores.neo4j_cypher.gc_cypher`, on the graph instead of the database).
    """
    used = {k for e in graph.edges.values() if e.graph not in FIXED for k in (e.src, e.dst)}
    up: dict[str, list[str]] = defaultdict(list)
    for e in graph.edges.values():
        if e.type in CONTAINMENT:
            up[e.src].append(e.dst)
    kept, frontier = set(used), set(used)
    for _ in range(CONTAINMENT_DEPTH):
        frontier = {d for k in frontier for d in up.get(k, ())} - kept
        kept |= frontier
    return {k for k, n in graph.nodes.items() if n.graph == COMMON} - kept


def collect_garbage(tx: Any, scope: bool, gc: bool = True, display: bool = True) -> int:
    """Delete the shared nodes no document uses, then refresh what the Browser shows (aliases, captions).

    ``gc`` False: a load into an empty database whose graph has no unused shared node
    (:func:`unused_shared`) skips the delete, which would find nothing.  ``display`` False: such a load
    wrote what the display statements would set with its nodes (:func:`fresh_display`).
    """
    removed = tx.run(gc_cypher(scope), common=COMMON, fixed=FIXED).single()["n"] if gc else 0
    for statement in display_statements() if display else ():
        tx.run(statement).consume()
    return removed
