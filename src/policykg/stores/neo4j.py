"""The Neo4j projection of the graph model: a store loaded through the official ``neo4j`` driver.

:func:`connect` opens a :class:`Neo4jStore` (``bolt://`` or ``neo4j://`` routing URIs); the store
loads a :class:`~policykg.graph.model.PolicyGraph` idempotently, one document batch per managed
write transaction, and answers read queries.  The pieces:

* :mod:`policykg.stores.neo4j_connect`: the driver (the only module that imports it), the
  connection and its error mapping (:class:`~policykg.stores.neo4j_connect.Neo4jConnection`, the base
  of :class:`Neo4jStore`);
* :mod:`policykg.stores.neo4j_load`: what a load writes, step by step, and why it is idempotent;
* :mod:`policykg.stores.neo4j_mapping` (with :mod:`~policykg.stores.neo4j_cypher` and
  :mod:`~policykg.stores.neo4j_display`): the rows and the statements;
* :mod:`policykg.stores.neo4j_corpus`: the stored documents read back, for the corpus-wide edges.

Documents in the database but not in the graph keep their facts, and the corpus-wide edges
(``derived``, agency jurisdictions) are recomputed over them and the graph together, so loading
one changed file gives the database a full load of the corpus would (issue 15).
"""
from __future__ import annotations

import logging
import time
from typing import Any, Callable, Iterable

from policykg.graph.model import COMMON, DERIVED, PolicyGraph
from policykg.stores.neo4j_connect import DEFAULT_URI, Neo4jConnection, Neo4jStoreError, open_driver
from policykg.stores.neo4j_cypher import schema_name
from policykg.stores.neo4j_load import (
    collect_garbage,
    fresh_display,
    load_common,
    load_documents,
    load_plan,
    replace_derived_edges,
    unused_shared,
)
from policykg.stores.neo4j_mapping import (
    FIXED,
    KEEP_PLAN,
    delete_graphs_cypher,
    doc_batches,
    fulltext_properties,
    name_docs,
    partition,
    property_columns,
    schema_statements,
)

__all__ = ["Neo4jStore", "Neo4jStoreError", "connect", "DEFAULT_URI", "DEFAULT_BATCH_SIZE"]

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 5000

Progress = Callable[[int, int, str], None]


class Neo4jStore(Neo4jConnection):
    """A connection to one Neo4j database holding the projection of the graph model.

    Use :func:`connect` to open one; close it with :meth:`close` or a ``with`` block.
    """

    def __repr__(self) -> str:
        return f"<Neo4jStore {self.uri} user={self.user!r} database={self.database or 'default'}>"

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type (non-zero only, sorted)."""
        labels = [r["label"] for r in self.run_read("CALL db.labels() YIELD label RETURN label")]
        types = [r["t"] for r in self.run_read("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t")]
        nodes, rels = {}, {}
        for label in sorted(labels):
            n = self.run_read(f"MATCH (n:`{label.replace('`', '``')}`) RETURN count(n) AS n")[0]["n"]
            if n:
                nodes[label] = n
        for t in sorted(types):
            n = self.run_read(f"MATCH ()-[r:`{t.replace('`', '``')}`]->() RETURN count(r) AS n")[0]["n"]
            if n:
                rels[t] = n
        return {"nodes": nodes, "relationships": rels}

    def documents(self) -> list[str]:
        """The document ids whose facts the database holds, sorted."""
        found: set[str] = set()
        for label in ("Policy", "Document"):
            rows = self.run_read(f"MATCH (n:`{label}`) WHERE n.graph IS NOT NULL RETURN DISTINCT n.graph AS g")
            found.update(r["g"] for r in rows)
        return sorted(found - set(FIXED))

    # -- writing ----------------------------------------------------------------------
    def ensure_schema(self, indexes: bool = True) -> None:
        """Create the missing constraints and indexes (by name) in one transaction and wait until they are online.

        ``indexes`` False: only the key constraints, what a load into an empty database needs while it
        writes (its key lookups and checks); it builds the other indexes (``graph``, full-text) once over
        what it wrote rather than row by row.
        """
        existing = {r["name"] for r in self.run_read("SHOW CONSTRAINTS YIELD name RETURN name")}
        indexes = {r["name"]: r for r in self.run_read("SHOW INDEXES YIELD name, state, properties "
                                                       "RETURN name, state, properties")}
        existing |= {name for name, r in indexes.items() if r["state"] == "ONLINE"}
        for statement in schema_statements():  # a full-text index of an older release lacks properties (aliases)
            name, props = schema_name(statement), fulltext_properties(statement)
            if props and name in indexes and sorted(indexes[name]["properties"] or []) != sorted(props):
                self._auto(f"DROP INDEX `{name}`", what="replacing an older full-text index")
                existing.discard(name)
        missing = [st for st in schema_statements() if schema_name(st) not in existing
                   and (indexes or st.startswith("CREATE CONSTRAINT"))]
        if missing:
            self._write(lambda tx: [tx.run(st).consume() for st in missing], "creating the schema")
            self._auto("CALL db.awaitIndexes(300)", what="waiting for the indexes")
            log.info("neo4j: created %d constraints and indexes", len(missing))

    def clear(self) -> None:
        """Delete every node and relationship of the database (the schema stays)."""
        body = "CALL (n) { DETACH DELETE n }" if self._scope else "CALL { WITH n DETACH DELETE n }"
        self._auto(f"MATCH (n) {body} IN TRANSACTIONS OF 10000 ROWS", what="clearing the database")

    def load(self, graph: PolicyGraph, batch_size: int = DEFAULT_BATCH_SIZE,
             progress: Progress | None = None) -> dict[str, Any]:
        """Load ``graph``: replace its documents' facts, upsert shared entities, replace ``derived``.

        Parameters
        ----------
        graph
            The model of the documents to (re)load; the database's other documents stay and
            count for the corpus-wide edges.
        batch_size
            Rows (nodes + relationships) per ``UNWIND`` statement and, roughly,
            per document batch (one transaction; a larger document is its own batch).
        progress
            Called as ``progress(rows_done, rows_total, description)`` after each
            committed step.

        Returns
        -------
        dict
            ``{"documents", "batches", "nodes", "relationships", "seconds"}``.

        Raises
        ------
        Neo4jStoreError
            A batch failed; the message names its documents (they were rolled back).
        """
        t0 = time.perf_counter()
        batch_size = max(1, int(batch_size))
        fresh = self.run_read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0  # an empty database: nothing to replace
        self.ensure_schema(indexes=not fresh)  # into an empty database, the indexes come last
        stored = [] if fresh else self.documents()
        parts, docs, basis = load_plan(self, graph, stored)
        held = set(stored)
        # into an empty database the nodes are created, with what the display statements would set
        created = fresh_display(graph) if fresh else None
        columns = property_columns(graph)  # one statement text per label and relationship group for the whole load
        total = len(graph.nodes) + len(graph.edges)
        done = 0

        def step(rows: int, what: str) -> None:
            nonlocal done
            done += rows
            if progress is not None:
                progress(done, total, what)

        common = parts.get(COMMON, ([], []))
        self._write(lambda tx: load_common(tx, basis, common, batch_size, created, columns),
                    "loading the shared entities (graph 'common')")
        step(len(common[0]) + len(common[1]), "shared entities")
        batches = 0
        for batch in doc_batches(docs, parts, batch_size):
            rows = sum(len(parts[d][0]) + len(parts[d][1]) for d in batch)
            self._write(lambda tx, b=batch: load_documents(tx, graph, b, parts, batch_size, self._scope,
                                                           [d for d in b if d in held], created, columns),
                        f"loading document{'s' if len(batch) > 1 else ''} {name_docs(batch)}")
            batches += 1
            step(rows, name_docs(batch))
        derived = parts.get(DERIVED, ([], []))
        self._write(lambda tx: replace_derived_edges(tx, basis, derived[1], batch_size, self._scope, not fresh),
                    "loading the corpus-wide edges (graph 'derived')")
        step(len(derived[0]) + len(derived[1]), "derived edges")
        gc = not fresh or bool(unused_shared(graph))  # an empty database now holds exactly the graph
        display = gc or created is None  # after a delete, or when fresh_display could not tell, the statements run
        removed = self._write(lambda tx: collect_garbage(tx, self._scope, gc, display),
                              "removing unused shared entities")
        if fresh:
            self.ensure_schema()  # the graph and full-text indexes, populated once rather than row by row
        seconds = time.perf_counter() - t0
        log.info("neo4j: loaded %d documents in %d batches (%d nodes, %d relationships) in %.1fs; "
                 "%d unused shared nodes removed", len(docs), batches, len(graph.nodes), len(graph.edges),
                 seconds, removed)
        return {"documents": len(docs), "batches": batches, "nodes": len(graph.nodes),
                "relationships": len(graph.edges), "seconds": round(seconds, 3)}

    def remove_document(self, doc_id: str, graph: PolicyGraph | None = None) -> None:
        """Delete one document's facts and the shared entities no other document uses.

        ``graph``, the model of the documents that remain, refreshes the shared
        relationships and recomputes the derived graph; without it, derived
        relationships of deleted nodes go with them and the rest stays.

        Raises
        ------
        Neo4jStoreError
            No such document in the database (the message lists those that are), or a failure.
        """
        known = self.documents()
        if doc_id not in known:
            raise Neo4jStoreError(f"no document {doc_id!r} in Neo4j at {self.uri} "
                                  f"(documents: {', '.join(known) or 'none'})")

        def work(tx: Any) -> None:
            tx.run(KEEP_PLAN + delete_graphs_cypher(self._scope), graphs=[doc_id]).consume()
            if graph is not None:
                parts = partition(graph)
                load_common(tx, graph, parts.get(COMMON, ([], [])), DEFAULT_BATCH_SIZE)
                replace_derived_edges(tx, graph, parts.get(DERIVED, ([], []))[1], DEFAULT_BATCH_SIZE, self._scope)
            collect_garbage(tx, self._scope)

        self._write(work, f"removing document {doc_id}")
        log.info("neo4j: removed document %s", doc_id)

    # -- the store protocol (policykg.stores.GraphStore) ---------------------------------------
    def put_documents(self, graph: PolicyGraph) -> dict[str, Any]:
        """Replace the facts of ``graph``'s documents, corpus-wide edges recomputed over the database (:meth:`load`)."""
        return self.load(graph)

    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        """Delete these documents' facts (those the database holds) and the shared entities no other uses."""
        gone = sorted(set(doc_ids) & set(self.documents()))
        if gone:
            self._write(lambda tx: (tx.run(KEEP_PLAN + delete_graphs_cypher(self._scope), graphs=gone).consume(),
                                    collect_garbage(tx, self._scope)), f"removing documents {name_docs(gone)}")

    def replace_derived(self, graph: PolicyGraph) -> None:
        """Replace the corpus-wide relationships (graph ``derived``) with ``graph``'s, computed over the corpus."""
        edges = [e for e in graph.edges.values() if e.graph == DERIVED]
        self._write(lambda tx: (replace_derived_edges(tx, graph, edges, DEFAULT_BATCH_SIZE, self._scope),
                                collect_garbage(tx, self._scope)), "loading the corpus-wide edges (graph 'derived')")


def connect(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None, *, retry_seconds: float = 30.0,
            timeout: float = 15.0) -> Neo4jStore:
    """Open a :class:`Neo4jStore` and check that the server answers.

    Parameters
    ----------
    uri, user, password, database
        Default to the environment: ``NEO4J_URI`` (else ``bolt://127.0.0.1:7687``),
        ``NEO4J_USER`` (else ``NEO4J_USERNAME``, else ``neo4j``), ``NEO4J_PASSWORD``,
        ``NEO4J_DATABASE`` (else the server's default database).  ``bolt://``,
        ``neo4j://`` (routing, clusters) and their ``+s``/``+ssc`` variants work.
    retry_seconds
        How long the driver retries a transaction on transient failures.
    timeout
        Seconds to wait for a connection.

    Raises
    ------
    ConfigError
        No password, or an invalid URI.
    Neo4jStoreError
        The server cannot be reached or refused the credentials.  Messages
        never contain the password.
    """
    driver, uri, user, password, database, version = open_driver(
        uri, user, password, database, retry_seconds=retry_seconds, timeout=timeout)
    return Neo4jStore(driver, uri, user, database, password, version)
