"""The RDF store: the projection of a :class:`~policykg.graph.model.PolicyGraph` in pyoxigraph.

pyoxigraph is imported here and in :mod:`policykg.stores.rdf_io` only.  Each document's facts live
in its own named graph (:func:`~policykg.graph.keys.graph_iri` of its id),
shared entities (agencies, jurisdictions, enterprises ...) in ``common`` and
corpus-wide edges (overlap, co-responsibility, resolved citations) in
``derived``.  Loading a document replaces exactly its named graph; shared
entities stay while some document still refers to them.

Examples
--------
>>> from policykg.graph.build import build_graph
>>> from policykg.schema.models import Measure, PolicyDocument, Responsibility
>>> doc = PolicyDocument("d1", "d1.txt", "", "关于支持区块链的若干措施", "funding_measures",
...     measures=(Measure("一", "加强组织领导", responsible=(Responsibility("市财政局", "苏州市财政局", "lead"),)),))
>>> store = RDFStore()
>>> _ = store.load_graph(build_graph([doc]))
>>> store.query('''PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
...   SELECT ?want ?label WHERE { ?a skos:prefLabel ?label FILTER(?label = ?want) }''', {"want": "苏州市财政局"})
[{'want': '苏州市财政局', 'label': '苏州市财政局'}]
>>> store.documents()
['d1']
"""
from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import unquote

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Store,
    Variable,
)

from policykg.errors import QueryError, StoreError
from policykg.graph.keys import BASE, GRAPH_BASE, graph_iri
from policykg.graph.model import COMMON, DERIVED, PolicyGraph
from policykg.schema import vocab as V
from policykg.stores.rdf_io import ALIASES, dump_store, python_value, rdflib_graph, term, to_quads, write_formats

__all__ = ["RDFStore"]

log = logging.getLogger(__name__)

_CONTAINMENT = [NamedNode(V.SKOS + "broader"), NamedNode(V.ORG + "subOrganizationOf"), NamedNode(V.PKG + "partOf")]
_TYPE = NamedNode(V.RDF + "type")
_FIXED = (COMMON, DERIVED)


def _graph_name(node: Any) -> str:
    return unquote(node.value[len(GRAPH_BASE):]) if isinstance(node, NamedNode) and node.value.startswith(GRAPH_BASE) else str(node)


class RDFStore:
    """A pyoxigraph store of the graph, in memory (``path=None``) or on disk at ``path``.

    Parameters
    ----------
    path
        Directory of the on-disk store (created unless ``read_only``).
    read_only
        Open an existing store without locking it, so that other readers (the
        SPARQL server) can share it.

    Raises
    ------
    StoreError
        When the directory holds no store (read-only), is locked or is corrupt.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store: Store | None = Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no RDF store here (run policykg build first)")
                self._store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = Store(str(self.path))
        except OSError as exc:
            hint = ("another process holds it open; stop it (e.g. policykg serve) or use read-only mode"
                    if "lock" in str(exc).lower() else "remove it and run policykg build again")
            raise StoreError(f"{self.path}: cannot open the RDF store ({exc}); {hint}") from exc

    # -- lifecycle ------------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"{self.path or 'in-memory store'}: the store is closed")
        return self._store

    def close(self) -> None:
        """Flush and release the store (and its on-disk lock)."""
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None

    def __enter__(self) -> "RDFStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    def _writable(self) -> Store:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it for writing to change it")
        return self.store

    # -- writing --------------------------------------------------------------------
    def load_graph(self, g: PolicyGraph) -> dict[str, int]:
        """Load ``g``: replace each of its documents' named graphs, upsert shared entities, replace ``derived``.

        ``g`` should cover every document the store is to hold (the derived
        graph is computed over it); documents in the store but not in ``g`` keep
        their named graphs.  Returns the number of quads written per graph.
        """
        parts = to_quads(g)
        self._put(g, parts)
        self._replace(DERIVED, parts.get(DERIVED, []))
        self._collect_garbage()
        log.info("loaded %d documents, %d quads in the store", len(g.documents), len(self.store))
        return {name: len(quads) for name, quads in parts.items()}

    # -- the store protocol (policykg.stores.GraphStore) ------------------------------------------
    def put_documents(self, graph: PolicyGraph) -> dict[str, int]:
        """Replace the named graphs of ``graph``'s documents and upsert the shared entities they use."""
        parts = to_quads(graph)
        self._put(graph, parts)
        return {name: len(quads) for name, quads in parts.items() if name != DERIVED}

    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        """Drop these documents' named graphs (those the store holds), the shared entities no document uses
        any more and the derived facts about what went with them."""
        store = self._writable()
        gone = [NamedNode(graph_iri(d)) for d in sorted(set(doc_ids))]
        gone = [g for g in gone if store.contains_named_graph(g)]
        for gnode in gone:
            store.remove_graph(gnode)
        if gone:
            self._collect_garbage()
            self._prune_derived()

    def replace_derived(self, graph: PolicyGraph) -> None:
        """Replace the ``derived`` graph with ``graph``'s (computed over the whole corpus)."""
        self._writable()
        self._replace(DERIVED, to_quads(graph).get(DERIVED, []))

    def _put(self, g: PolicyGraph, parts: dict[str, list[Quad]]) -> None:
        store = self._writable()
        for doc in sorted(set(g.documents) | {n for n in parts if n not in _FIXED}):
            gnode = NamedNode(graph_iri(doc))
            if store.contains_named_graph(gnode):
                store.remove_graph(gnode)
            store.extend(parts.get(doc, []))
        common = NamedNode(graph_iri(COMMON))
        for subject in {q.subject for q in parts.get(COMMON, [])}:
            for q in list(store.quads_for_pattern(subject, None, None, common)):
                store.remove(q)
        store.extend(parts.get(COMMON, []))

    def replace_graphs(self, names: Iterable[str], nquads: bytes = b"", *, bulk: bool = False) -> None:
        """Drop the named graphs ``names`` (ids as in :func:`graph_iri`) and load ``nquads`` (N-Quads) instead.

        Unlike :meth:`load_graph` this neither upserts shared entities nor
        collects garbage: the caller gives whole graphs (``policykg build``
        replaces ``common`` and ``derived`` with those of the whole corpus).
        ``bulk`` uses pyoxigraph's bulk loader: several times faster, but not
        transactional (for large batches that are simply loaded again on failure).
        """
        store = self._writable()
        for name in names:
            gnode = NamedNode(graph_iri(name))
            if store.contains_named_graph(gnode):
                store.remove_graph(gnode)
        if nquads:
            try:
                (store.bulk_load if bulk else store.load)(nquads, RdfFormat.N_QUADS)
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.path or 'in-memory store'}: cannot load N-Quads ({exc})") from exc

    def _replace(self, name: str, quads: list[Quad]) -> None:
        store = self.store
        gnode = NamedNode(graph_iri(name))
        if store.contains_named_graph(gnode):
            store.remove_graph(gnode)
        store.extend(quads)

    def remove_document(self, doc_id: str, graph: PolicyGraph | None = None) -> None:
        """Remove a document's named graph and the shared entities no other document uses.

        ``graph``, the model of the documents that remain, recomputes the
        derived graph; without it derived facts about removed resources are
        dropped and the rest is kept as is.

        Raises
        ------
        StoreError
            When the store holds no such document.
        """
        store = self._writable()
        gnode = NamedNode(graph_iri(doc_id))
        if not store.contains_named_graph(gnode):
            known = ", ".join(self.documents()) or "none"
            raise StoreError(f"no document {doc_id!r} in the store (documents: {known})")
        store.remove_graph(gnode)
        self._collect_garbage()
        if graph is not None:
            self._replace(DERIVED, to_quads(graph).get(DERIVED, []))
        else:
            self._prune_derived()

    def _in_documents(self, iri: NamedNode, *, as_subject: bool = True, as_object: bool = True) -> bool:
        patterns = ([(iri, None, None)] if as_subject else []) + ([(None, None, iri)] if as_object else [])
        for s, p, o in patterns:
            for q in self.store.quads_for_pattern(s, p, o, None):
                if isinstance(q.graph_name, NamedNode) and _graph_name(q.graph_name) not in _FIXED:
                    return True
        return False

    def _collect_garbage(self) -> None:
        """Drop shared entities that no document graph mentions (nor contains via skos:broader ...)."""
        store = self.store
        common = NamedNode(graph_iri(COMMON))
        subjects = {q.subject for q in store.quads_for_pattern(None, None, None, common)}
        used = {s for s in subjects if isinstance(s, NamedNode) and self._in_documents(s)}
        todo = list(used)
        while todo:  # what a used entity is part of stays too (福田区 -> 深圳市 -> 广东省)
            s = todo.pop()
            for pred in _CONTAINMENT:
                for q in store.quads_for_pattern(s, pred, None, common):
                    if q.object not in used:
                        used.add(q.object)
                        todo.append(q.object)
        orphans = subjects - used
        if not orphans:
            return
        doomed = [q for q in store.quads_for_pattern(None, None, None, common)
                  if q.subject in orphans or q.object in orphans]
        for q in doomed:
            store.remove(q)
        log.info("removed %d shared entities no document uses", len(orphans))

    def _prune_derived(self) -> None:
        """Drop derived facts (and their statements) about resources no other graph describes."""
        store = self.store
        derived = NamedNode(graph_iri(DERIVED))
        quads = list(store.quads_for_pattern(None, None, None, derived))
        cache: dict[Any, bool] = {}

        def gone(term: Any) -> bool:
            if not (isinstance(term, NamedNode) and term.value.startswith(BASE)) \
                    or term.value.startswith(BASE + "edge/"):
                return False
            if term not in cache:
                cache[term] = not any(q.graph_name != derived for q in store.quads_for_pattern(term, None, None, None))
            return cache[term]

        ends = (V.RDF + "subject", V.RDF + "object")
        statements = {q.subject for q in quads if q.predicate.value in ends and gone(q.object)}
        for q in quads:
            if q.subject in statements or gone(q.subject) or gone(q.object):
                store.remove(q)

    # -- reading --------------------------------------------------------------------
    def graph_names(self) -> list[str]:
        """Every named graph of the store by its name (document ids, ``common``, ``derived``), sorted."""
        return sorted(_graph_name(g) for g in self.store.named_graphs())

    def graph_data(self, name: str, fmt: str = "nt", output: Any = None) -> bytes | None:
        """One named graph serialised as ``nt`` (N-Triples) or ``ttl`` (Turtle), e.g. for a Graph Store PUT.

        Returns the bytes, or writes them to ``output`` (a path or a binary file) and returns None.
        """
        rdf_format = {"nt": RdfFormat.N_TRIPLES, "ttl": RdfFormat.TURTLE}.get(ALIASES.get(fmt, fmt))
        if rdf_format is None:
            raise StoreError(f"cannot serialise one graph as {fmt!r}; use nt or ttl")
        return self.store.dump(output, rdf_format, from_graph=NamedNode(graph_iri(name)),
                               prefixes=dict(V.PREFIXES) if rdf_format == RdfFormat.TURTLE else None)

    def documents(self) -> list[str]:
        """The document ids whose named graphs the store holds, sorted."""
        names = (_graph_name(g) for g in self.store.named_graphs())
        return sorted(n for n in names if n not in _FIXED)

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Any:
        """Run a SPARQL query over the union of all graphs, with ``bindings`` substituted as values.

        Values are bound to variables (pyoxigraph substitutions, SEP-0007), never
        formatted into the query text; a bound variable must appear in the SELECT
        clause.  SELECT gives a list of ``{variable: value}`` with plain Python
        values, ASK a bool, CONSTRUCT/DESCRIBE a list of ``(s, p, o)``.

        Raises
        ------
        QueryError
            On a syntax error or a failing evaluation.
        """
        result = self._run(sparql, bindings)
        if isinstance(result, tuple):
            return result[1]
        return result

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        """A SELECT query's variables (in order) and rows, as :meth:`query` runs it."""
        result = self._run(sparql, bindings)
        if not isinstance(result, tuple):
            raise QueryError("not a SELECT query: use query() for ASK, CONSTRUCT and DESCRIBE")
        return result

    def _run(self, sparql: str, bindings: Mapping[str, Any] | None) -> Any:
        subs = {Variable(k): term(v) for k, v in (bindings or {}).items()}
        try:
            result = self.store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
            if isinstance(result, QueryBoolean):
                return bool(result)
            if isinstance(result, QuerySolutions):
                names = [v.value for v in result.variables]
                # a solution iterates over its values in variable order (None when unbound): far faster than sol[name]
                return names, [dict(zip(names, map(python_value, sol))) for sol in result]
            return [tuple(python_value(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in result]
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:  # e.g. a bound variable missing from the projection
            raise QueryError(f"SPARQL query cannot run: {exc}") from exc
        except OSError as exc:
            raise QueryError(f"SPARQL evaluation failed: {exc}") from exc

    def counts(self) -> dict[str, Any]:
        """Quads in total, per named graph, distinct triples, and resources per class (CURIEs)."""
        per_graph = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        triples = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
                             "{ GRAPH ?g { ?s ?p ?o } } }")
        classes = self.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
        return {
            "quads": len(self.store),
            "triples": triples[0]["n"] if triples else 0,
            "documents": len(self.documents()),
            "graphs": dict(sorted((_graph_name(NamedNode(r["g"])), r["n"]) for r in per_graph)),
            "classes": dict(sorted((V.curie(r["c"]), r["n"]) for r in classes)),
        }

    # -- export ---------------------------------------------------------------------
    def triples(self) -> list[Quad]:
        """Distinct triples of all graphs (as default-graph quads), sorted for stable output."""
        seen = {Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in self.store}
        return sorted(seen, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))

    def dump(self, fmt: str, path: str | Path | None = None) -> bytes | None:
        """Serialise the store: ``ttl``/``nt`` (all graphs merged), ``trig``/``nq`` (named graphs kept), ``jsonld``
        (named graphs kept, compacted with the vocabulary's prefixes: :mod:`policykg.stores.jsonld`).

        Writes to ``path`` (returns None) or returns the bytes.
        """
        return dump_store(self.store, fmt, path)

    def dump_many(self, targets: Mapping[str, str | Path]) -> dict[str, float]:
        """Write several formats (``{fmt: path}``) reading the store as little as possible; seconds per format.

        The seconds include ``nt`` / ``nq`` when they were written only to be converted.

        Reading an on-disk store is the slow part, so the merged formats are read
        once (N-Triples, then Turtle converted from it) and so are the formats that
        keep the named graphs (N-Quads, then TriG and JSON-LD converted from it):
        the output is the same as :meth:`dump` of each.
        """
        return write_formats(targets, lambda fmt, path, wanted: self.dump(fmt, path))

    def to_rdflib(self, *, union: bool = False):  # noqa: ANN201 - rdflib imported lazily
        """The store as an rdflib ``Dataset`` (named graphs kept) or, with ``union``, one ``Graph``."""
        import rdflib

        if union:  # built term by term: about twice as fast as parsing the store's N-Triples
            graph = rdflib_graph(self.store)
        else:
            graph = rdflib.Dataset()
            buf = io.BytesIO()
            self.store.dump(buf, RdfFormat.N_QUADS)
            graph.parse(data=buf.getvalue(), format="nquads")
        for prefix, ns in V.PREFIXES.items():
            graph.bind(prefix, ns, override=True)
        return graph
