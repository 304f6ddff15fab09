"""The Neo4j projection of the graph model, loaded through the official ``neo4j`` driver.

This is the only module that imports the driver (the mapping and the statements are in
:mod:`policykg.stores.neo4j_mapping`).  :func:`connect` opens a
:class:`Neo4jStore` (``bolt://`` or ``neo4j://`` routing URIs); the store loads a
:class:`~policykg.graph.model.PolicyGraph` idempotently, one document batch per
managed write transaction, and answers read queries.

Loading (:meth:`Neo4jStore.load`) is idempotent:

1. shared entities (graph ``common``) are upserted, their outgoing shared
   relationships replaced (one transaction);
2. documents, in batches of about ``batch_size`` rows, each batch one managed
   write transaction: the old facts of exactly these documents (nodes and
   relationships whose ``graph`` is their id) are deleted, then their nodes and
   relationships created.  A failure rolls the batch back and raises
   :class:`Neo4jStoreError` naming its documents: a document is never half loaded;
3. the ``derived`` graph (OVERLAPS, CO_RESPONSIBLE, resolved CITES and lifecycle
   links), computed by the model over the whole corpus, is replaced wholesale (one
   transaction);
4. shared entities no document uses any more are deleted (one transaction):
   a shared node is used when a relationship of some document touches it, or
   when a used node is ``PART_OF`` / ``IN_JURISDICTION`` it (a district keeps its city).

Documents in the database but not in the graph keep their facts, and the
corpus-wide edges (``derived``, agency jurisdictions) are recomputed over them
and the graph together (:func:`policykg.stores.neo4j_corpus.corpus_for_load`
reads them back), so loading one changed file gives the database a full load
of the corpus would (issue 15).
"""
from __future__ import annotations

import logging
import os
import time
from collections import defaultdict
from typing import Any, Callable, Iterable, Mapping

from neo4j import GraphDatabase
from neo4j import exceptions as drv

from policykg.errors import ConfigError, Neo4jError, QueryError, StoreError
from policykg.graph.model import COMMON, DERIVED, Edge, Node, PolicyGraph
from policykg.stores.neo4j_cypher import schema_name
from policykg.stores.neo4j_mapping import (
    FIXED,
    KEEP_PLAN,
    checked_label,
    chunks,
    delete_graphs_cypher,
    display_statements,
    doc_batches,
    edge_create_cypher,
    edge_merge_cypher,
    edge_row,
    fulltext_properties,
    gc_cypher,
    merge_nodes,
    name_docs,
    partition,
    plain,
    schema_statements,
    scrub,
    version_tuple,
)

__all__ = ["Neo4jStore", "Neo4jStoreError", "connect", "DEFAULT_URI", "DEFAULT_BATCH_SIZE"]

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_BATCH_SIZE = 5000

Progress = Callable[[int, int, str], None]


class Neo4jStoreError(StoreError, Neo4jError):
    """Neo4j is unreachable, refused the credentials, or failed a write (a :class:`StoreError`)."""

    exit_code = Neo4jError.exit_code



class Neo4jStore:
    """A connection to one Neo4j database holding the projection of the graph model.

    Use :func:`connect` to open one; close it with :meth:`close` or a ``with`` block.
    """

    def __init__(self, driver: Any, uri: str, user: str, database: str | None, secret: str | None,
                 version: str = "") -> None:
        self._driver = driver
        self.uri = uri
        self.user = user
        self.database = database
        self.version = version
        self._secret = secret  # only to scrub it from error messages; never shown
        #: whether the server knows ``CALL () {...}`` scope clauses (5.23+; the old form is deprecated there)
        self._scope = version_tuple(version) >= (5, 23)

    def __repr__(self) -> str:
        return f"<Neo4jStore {self.uri} user={self.user!r} database={self.database or 'default'}>"

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver (idempotent)."""
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    # -- plumbing -----------------------------------------------------------------
    def _session(self) -> Any:
        if self._driver is None:
            raise Neo4jStoreError(f"the connection to {self.uri} is closed")
        return self._driver.session(database=self.database,
                                    bookmark_manager=self._driver.execute_query_bookmark_manager)

    def _error(self, exc: BaseException, what: str) -> Neo4jStoreError:
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return Neo4jStoreError(scrub(f"{what} failed on Neo4j at {self.uri}: {detail}", self._secret))

    def _write(self, work: Callable[[Any], Any], what: str) -> Any:
        """Run ``work(tx)`` in one managed write transaction; driver errors become Neo4jStoreError."""
        try:
            with self._session() as session:
                return session.execute_write(work)
        except Neo4jStoreError as exc:
            raise Neo4jStoreError(f"{what} failed: {exc}") from None
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, what) from None

    def _auto(self, cypher: str, params: Mapping[str, Any] | None = None, what: str = "statement") -> list[dict]:
        """Run one auto-commit statement (schema changes, ``CALL {} IN TRANSACTIONS``)."""
        try:
            with self._session() as session:
                return [r.data() for r in session.run(cypher, dict(params or {}))]
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, what) from None

    # -- reading ----------------------------------------------------------------------
    def run_read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query in a managed read transaction: one dict per record, plain Python values.

        Raises
        ------
        QueryError
            The server rejected the statement (syntax, types, parameters).
        Neo4jStoreError
            The server could not be reached or failed.
        """
        return self._run(cypher, params, write=False)

    def run_write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement in its own managed write transaction (as :meth:`run_read`)."""
        return self._run(cypher, params, write=True)

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            return [plain(r.data()) for r in tx.run(cypher, dict(params or {}))]

        what, action = ("statement", "write") if write else ("query", "read query")
        try:
            with self._session() as session:
                return (session.execute_write if write else session.execute_read)(work)
        except drv.ClientError as exc:
            raise QueryError(scrub(f"Neo4j rejected the {what}: {exc.message or exc}", self._secret)) from None
        except (drv.Neo4jError, drv.DriverError, OSError) as exc:
            raise self._error(exc, action) from None

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
    def ensure_schema(self) -> None:
        """Create the missing constraints and indexes (by name) and wait until they are online."""
        existing = {r["name"] for r in self.run_read("SHOW CONSTRAINTS YIELD name RETURN name")}
        indexes = {r["name"]: r for r in self.run_read("SHOW INDEXES YIELD name, state, properties "
                                                       "RETURN name, state, properties")}
        existing |= {name for name, r in indexes.items() if r["state"] == "ONLINE"}
        for statement in schema_statements():  # a full-text index of an older release lacks properties (aliases)
            name, props = schema_name(statement), fulltext_properties(statement)
            if props and name in indexes and sorted(indexes[name]["properties"] or []) != sorted(props):
                self._auto(f"DROP INDEX `{name}`", what="replacing an older full-text index")
                existing.discard(name)
        missing = [st for st in schema_statements() if schema_name(st) not in existing]
        for statement in missing:
            self._auto(statement, what="creating the schema")
        if missing:
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
        self.ensure_schema()
        parts = partition(graph)
        docs = sorted(k for k in parts if k not in FIXED)
        others = sorted(set(self.documents()) - set(docs))
        if others:  # corpus-wide edges over every document the database will hold, not only these
            from policykg.stores.neo4j_corpus import corpus_for_load

            basis = corpus_for_load(self, graph, others)
            mine = {n.key for n in parts.get(COMMON, ([], []))[0]}
            parts[COMMON] = (parts.get(COMMON, ([], []))[0],
                             [e for e in basis.edges.values() if e.graph == COMMON and e.src in mine])
            parts[DERIVED] = ([], [e for e in basis.edges.values() if e.graph == DERIVED])
        else:
            basis = graph
        total = len(graph.nodes) + len(graph.edges)
        done = 0

        def step(rows: int, what: str) -> None:
            nonlocal done
            done += rows
            if progress is not None:
                progress(done, total, what)

        common = parts.get(COMMON, ([], []))
        self._write(lambda tx: self._load_common(tx, basis, common, batch_size),
                    "loading the shared entities (graph 'common')")
        step(len(common[0]) + len(common[1]), "shared entities")
        batches = 0
        for batch in doc_batches(docs, parts, batch_size):
            rows = sum(len(parts[d][0]) + len(parts[d][1]) for d in batch)
            self._write(lambda tx, b=batch: self._load_documents(tx, graph, b, parts, batch_size),
                        f"loading document{'s' if len(batch) > 1 else ''} {name_docs(batch)}")
            batches += 1
            step(rows, name_docs(batch))
        derived = parts.get(DERIVED, ([], []))
        self._write(lambda tx: self._replace_derived(tx, basis, derived[1], batch_size),
                    "loading the corpus-wide edges (graph 'derived')")
        step(len(derived[0]) + len(derived[1]), "derived edges")
        removed = self._write(self._collect_garbage, "removing unused shared entities")
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
                self._load_common(tx, graph, parts.get(COMMON, ([], [])), DEFAULT_BATCH_SIZE)
                self._replace_derived(tx, graph, parts.get(DERIVED, ([], []))[1], DEFAULT_BATCH_SIZE)
            self._collect_garbage(tx)

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
                                    self._collect_garbage(tx)), f"removing documents {name_docs(gone)}")

    def replace_derived(self, graph: PolicyGraph) -> None:
        """Replace the corpus-wide relationships (graph ``derived``) with ``graph``'s, computed over the corpus."""
        edges = [e for e in graph.edges.values() if e.graph == DERIVED]
        self._write(lambda tx: (self._replace_derived(tx, graph, edges, DEFAULT_BATCH_SIZE),
                                self._collect_garbage(tx)), "loading the corpus-wide edges (graph 'derived')")

    # -- transaction bodies --------------------------------------------------------------
    @staticmethod
    def _merge_edges(tx: Any, graph: PolicyGraph, edges: list[Edge], batch_size: int, *,
                     create: bool = False) -> None:
        """MERGE ``edges``, or CREATE them (``create``: their graph's relationships were just deleted)."""
        groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
        for e in edges:
            groups[(e.type, graph.nodes[e.src].label, graph.nodes[e.dst].label)].append(e)
        for (type_, src, dst) in sorted(groups):
            statement = KEEP_PLAN + (edge_create_cypher if create else edge_merge_cypher)(type_, src, dst)
            rows = [edge_row(e) for e in sorted(groups[(type_, src, dst)], key=lambda e: e.key)]
            for chunk in chunks(rows, batch_size):
                merged = tx.run(statement, rows=list(chunk)).single()["n"]
                if merged != len(chunk):
                    raise Neo4jStoreError(f"{len(chunk) - merged} of {len(chunk)} {type_} relationships "
                                          f"found no {src} or {dst} node to join (graph {chunk[0]['graph']})")

    def _load_common(self, tx: Any, graph: PolicyGraph, common: tuple[list[Node], list[Edge]],
                     batch_size: int) -> None:
        nodes, edges = common
        merge_nodes(tx, nodes, batch_size)
        by_label: dict[str, list[str]] = defaultdict(list)
        for n in nodes:
            by_label[n.label].append(n.key)
        for label in sorted(by_label):  # shared relationships of these nodes are replaced, not accumulated
            for chunk in chunks(sorted(by_label[label]), batch_size):
                tx.run(f"{KEEP_PLAN}UNWIND $keys AS k MATCH (n:`{checked_label(label)}` {{key: k}})-[r]->() "
                       "WHERE r.graph = $common DELETE r", keys=list(chunk), common=COMMON).consume()
        # Edges are unique per (graph, src, type, dst), so once the outgoing shared relationships of
        # these nodes are gone, CREATE makes what MERGE would, without MERGE's seek on the
        # relationship ``graph`` index (which scanned every shared edge per row: issue 18).
        sources = {n.key for n in nodes}
        self._merge_edges(tx, graph, edges, batch_size, create=all(e.src in sources for e in edges))

    def _load_documents(self, tx: Any, graph: PolicyGraph, batch: list[str],
                        parts: dict[str, tuple[list[Node], list[Edge]]], batch_size: int) -> None:
        tx.run(KEEP_PLAN + delete_graphs_cypher(self._scope), graphs=batch).consume()
        merge_nodes(tx, [n for d in batch for n in parts[d][0]], batch_size)
        self._merge_edges(tx, graph, [e for d in batch for e in parts[d][1]], batch_size, create=True)

    def _replace_derived(self, tx: Any, graph: PolicyGraph, edges: list[Edge], batch_size: int) -> None:
        tx.run(KEEP_PLAN + delete_graphs_cypher(self._scope), graphs=[DERIVED]).consume()
        self._merge_edges(tx, graph, edges, batch_size, create=True)

    def _collect_garbage(self, tx: Any) -> int:
        """Delete the shared nodes no document uses, then refresh what the Browser shows (aliases, captions)."""
        removed = tx.run(gc_cypher(self._scope), common=COMMON, fixed=FIXED).single()["n"]
        for statement in display_statements():
            tx.run(statement).consume()
        return removed



# -- connecting ----------------------------------------------------------------------


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
    uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = user or os.environ.get("NEO4J_USER") or os.environ.get("NEO4J_USERNAME") or "neo4j"
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    if not password:
        raise ConfigError("no Neo4j password: set NEO4J_PASSWORD (for the local server: "
                          "eval \"$(scripts/neo4j-local env)\")")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout,
                                      max_transaction_retry_time=retry_seconds, user_agent="policykg")
    except (drv.ConfigurationError, ValueError) as exc:
        raise ConfigError(scrub(f"invalid Neo4j URI {uri!r}: {exc}", password)) from None
    try:
        records = driver.execute_query("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                                       database_=database).records
    except drv.AuthError:
        driver.close()
        raise Neo4jStoreError(f"Neo4j at {uri} refused the credentials of user {user!r} "
                              "(check NEO4J_USER and NEO4J_PASSWORD)") from None
    except (drv.Neo4jError, drv.DriverError, OSError) as exc:
        driver.close()
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise Neo4jStoreError(scrub(f"cannot connect to Neo4j at {uri}: {detail} (is the server running? "
                                     "for the local one: scripts/neo4j-local start)", password)) from None
    log.info("connected to Neo4j at %s as %s", uri, user)
    version = str(records[0]["v"]) if records else ""
    return Neo4jStore(driver, uri, user, database, password, version)
