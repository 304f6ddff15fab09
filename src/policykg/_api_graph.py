"""The graph the Python API returns: :class:`PolicyGraph`, the graph model with questions, SPARQL, networkx
views and tables.

Import it from :mod:`policykg.api` (or :mod:`policykg`), which re-exports it; :func:`policykg.api.build`
makes one.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Union

from policykg._optional import to_frame
from policykg.errors import InputError
from policykg.graph import model as _model
from policykg.graph.model import EDGE_TYPES, NODE_LABELS

__all__ = ["PolicyGraph", "PathLike"]

log = logging.getLogger("policykg.api")  # the API's logger, whichever of its modules logs

PathLike = Union[str, "os.PathLike[str]"]


class PolicyGraph(_model.PolicyGraph):
    """The graph of a corpus, with questions, SPARQL, networkx views and tables.

    It *is* a :class:`policykg.graph.model.PolicyGraph` (``nodes``, ``edges``,
    ``documents`` by doc id, ``by_label``, ``edges_of``, ``counts`` ...), so
    every function of :mod:`policykg.analytics` takes it. ``errors`` holds the
    files :func:`~policykg.api.build` skipped with ``errors="collect"``.
    """

    # -- construction ---------------------------------------------------------------
    @classmethod
    def from_model(cls, g: _model.PolicyGraph) -> "PolicyGraph":
        """Wrap a model graph (no copy: both share their nodes, edges and documents)."""
        if isinstance(g, cls):
            return g
        return cls(nodes=g.nodes, edges=g.edges, documents=g.documents, users=g.users)

    def __repr__(self) -> str:
        return f"<PolicyGraph: {len(self.documents)} documents, {len(self.nodes)} nodes, {len(self.edges)} edges>"

    @property
    def errors(self) -> list[InputError]:
        return self.__dict__.setdefault("_errors", [])

    @errors.setter
    def errors(self, value: list[InputError]) -> None:
        self.__dict__["_errors"] = list(value)

    @property
    def store_path(self) -> Path | None:
        """The store directory the graph was loaded from (:func:`~policykg.api.build` of a store), if any."""
        saved = self.__dict__.get("_store_path")
        return saved[0] if saved else None

    # -- tables ---------------------------------------------------------------------
    def records(self, what: str = "Measure") -> list[dict[str, Any]]:
        """Nodes of one label, or edges of one type, as plain rows.

        Parameters
        ----------
        what : str
            A node label (:data:`~policykg.graph.model.NODE_LABELS`: rows of
            ``key``, ``name``, ``graph`` and properties) or an edge type
            (:data:`~policykg.graph.model.EDGE_TYPES`: rows of ``src``,
            ``src_name``, ``type``, ``dst``, ``dst_name``, ``graph`` and properties).
        """
        if what in NODE_LABELS:
            return [{"key": n.key, "name": n.name, "graph": n.graph, **dict(n.props)} for n in self.by_label(what)]
        if what in EDGE_TYPES:
            name = {k: n.name for k, n in self.nodes.items()}
            return [{"src": e.src, "src_name": name.get(e.src), "type": e.type, "dst": e.dst,
                     "dst_name": name.get(e.dst), "graph": e.graph, **dict(e.props)} for e in self.edges_of(what)]
        raise ValueError(f"{what!r} is neither a node label ({', '.join(NODE_LABELS)}) "
                         f"nor an edge type ({', '.join(EDGE_TYPES)})")

    def to_frame(self, what: str = "Measure"):
        """:meth:`records` as a pandas DataFrame (needs ``pip install 'policykg[analytics]'``)."""
        rows = self.records(what)
        return to_frame(rows)

    # -- networkx -------------------------------------------------------------------
    def to_networkx(self, view: str = "all"):
        """A networkx graph of one view: ``all``, ``co_responsibility``, ``agency_measure``,
        ``citations`` or ``jurisdictions`` (see :mod:`policykg.graph.nx`)."""
        from policykg.graph.nx import to_networkx

        return to_networkx(self, view)

    def write_graphml(self, path: PathLike, view: str = "all") -> Path:
        """Write one networkx view as GraphML; returns the path."""
        from policykg.graph.nx import write_graphml

        return write_graphml(self, path, view)

    # -- questions ------------------------------------------------------------------
    def _stamp(self) -> tuple[int, int, int, int]:
        """Changes with every change of the graph (:attr:`version`) and with its size."""
        return (self.version, len(self.nodes), len(self.edges), len(self.documents))

    def rdf_store(self):
        """The RDF store the questions run on.

        A graph loaded from a store directory uses that store's RDF (opened
        read-only) while it is unchanged; otherwise an in-memory store is built
        on first use and rebuilt after any change of the graph.
        """
        cached = self.__dict__.get("_rdf")
        if cached is not None and cached[0] == self._stamp():
            return cached[1]
        saved = self.__dict__.get("_store_path")
        store = None
        if saved is not None and saved[1] == self._stamp():
            from policykg.errors import StoreError
            from policykg.stores.directory import open_store

            try:
                store = open_store(saved[0])
            except StoreError as exc:  # documents without RDF: fall back to memory
                log.info("%s; querying an in-memory copy", exc)
        if store is None:
            from policykg.stores.rdf import RDFStore

            store = RDFStore()
            store.load_graph(self)
        self.__dict__["_rdf"] = (self._stamp(), store)
        return store

    def query(self, name: str, *, as_frame: bool = False, **params: Any):
        """Answer a canned question (``policykg queries`` lists them) as rows.

        Parameters
        ----------
        name : str
            The question's name, e.g. ``"agency_workload"``.
        as_frame : bool
            Return a pandas DataFrame instead of a list of dicts.
        **params
            The question's parameters.

        Raises
        ------
        QueryError
            For an unknown question or wrong parameters.
        """
        from policykg.queries import run_query

        result = run_query(self.rdf_store(), name, **params)
        rows = list(result["rows"])
        return to_frame(rows, result.get("columns")) if as_frame else rows

    def sparql(self, text: str, *, as_frame: bool = False, **bindings: Any):
        """Run SPARQL over the graph's RDF (the union of its named graphs).

        Parameters
        ----------
        text : str
            The query; prefixes such as ``pkg:`` must be declared in it.
        as_frame : bool
            Return a pandas DataFrame (SELECT only).
        **bindings
            Values for variables of the SELECT clause (``agency="苏州市财政局"``
            presets ``?agency``); they are bound, never pasted into the text.

        Returns
        -------
        list of dict, bool, list of tuple or pandas.DataFrame
            SELECT: one dict per solution (variable -> plain value); ASK: a
            bool; CONSTRUCT/DESCRIBE: ``(subject, predicate, object)`` tuples.

        Raises
        ------
        QueryError
            On a syntax error or a failing evaluation.
        """
        if as_frame:
            from policykg.queries import run_sparql

            result = run_sparql(self.rdf_store(), text, **bindings)
            return to_frame(result["rows"], result["columns"])
        return self.rdf_store().query(text, bindings)

    def questions(self) -> list[dict[str, Any]]:
        """The canned questions :meth:`query` answers: name, titles, description, parameters, columns."""
        from policykg.queries import list_questions

        return [q.summary() for q in list_questions()]

    def remove(self, doc_id: str) -> None:
        """Remove a document's facts (shared entities other documents use stay) and recompute the
        corpus-wide edges; a document the graph does not hold is left alone."""
        from policykg.graph.build import remove_document

        if doc_id in self.documents:
            remove_document(self, doc_id)
