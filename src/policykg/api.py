"""The Python API: extract documents, build a graph, ask it questions.

:func:`extract` reads documents into typed models; :func:`build` turns
documents, files, directories or a store written by ``policykg build`` into
a :class:`PolicyGraph`: the graph model of :mod:`policykg.graph.model` plus
canned questions (:meth:`PolicyGraph.query`), SPARQL (:meth:`PolicyGraph.sparql`),
networkx views (:meth:`PolicyGraph.to_networkx`) and tables
(:meth:`PolicyGraph.records`, :meth:`PolicyGraph.to_frame`). The functions of
:mod:`policykg.analytics` take it as it is.

What the ``policykg`` command runs is here too: :func:`write_extracted`,
:func:`open_graph`, :func:`build_store`, :func:`remove_document`, :func:`validate_store`, and (imported
on first use from the modules that define them) :func:`~policykg.stores.directory.export_store`,
:func:`~policykg.stores.gsp.push_store`,
:func:`~policykg.queries.list_questions`, :func:`~policykg.queries.run_question`,
:func:`~policykg.viz.write_views`, ``connect_neo4j`` (:func:`policykg.stores.neo4j.connect`),
:func:`~policykg.stores.neo4j_export.export_neo4j`,
:func:`~policykg.queries.browser_guide.write_guide`,
:func:`~policykg.queries.browser_guide.guide_url` and :func:`start_server` (over :func:`~policykg.stores.serve.start_server`).

Examples
--------
>>> from policykg.loaders import parse_document
>>> doc = parse_document("关于支持区块链发展的若干措施\\n一、加强组织领导。由市工业和信息化局牵头。", source="x.txt")
>>> g = build([doc])
>>> g
<PolicyGraph: 1 documents, ... nodes, ... edges>
>>> g.records("Policy")[0]["doc_id"]
'x'
>>> g.to_networkx().number_of_nodes() == len(g.nodes)
True
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

from policykg._optional import to_frame
from policykg.errors import InputError
from policykg.graph import model as _model
from policykg.graph.model import EDGE_TYPES, NODE_LABELS
from policykg.schema.models import PolicyDocument

__all__ = ["extract", "build", "PolicyGraph", "Documents", "ERROR_MODES", "DEFAULT_STORE", "write_extracted",
           "open_graph", "build_store", "validate_store", "check_store", "export_store", "push_store",
           "remove_document", "list_questions", "run_question", "write_views", "texts_from_store",
           "connect_neo4j", "export_neo4j", "write_guide", "guide_url", "start_server"]

log = logging.getLogger(__name__)

PathLike = Union[str, "os.PathLike[str]"]
ERROR_MODES = ("raise", "collect")


class Documents(list):
    """A list of :class:`~policykg.schema.models.PolicyDocument` with the :attr:`errors` of the files that failed."""

    def __init__(self, docs: Iterable[PolicyDocument] = (), errors: Iterable[InputError] = ()) -> None:
        super().__init__(docs)
        self.errors: list[InputError] = list(errors)


def _paths(paths: PathLike | Iterable[PathLike]) -> list[Any]:
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def _check_mode(errors: str) -> None:
    if errors not in ERROR_MODES:
        raise ValueError(f"errors must be one of {', '.join(ERROR_MODES)}, not {errors!r}")


def extract(paths: PathLike | Iterable[PathLike], *, errors: str = "raise") -> Documents:
    """Read and extract policy documents (files, or directories searched recursively).

    Parameters
    ----------
    paths : path or iterable of paths
        Document files (.txt, .html, .docx, .pdf ...) or directories.
    errors : {"raise", "collect"}
        ``"raise"`` (default): the first file that cannot be read or holds no
        policy raises its :class:`~policykg.errors.InputError`.
        ``"collect"``: bad files are skipped and their errors kept in
        ``result.errors``.

    Returns
    -------
    Documents
        A list of :class:`~policykg.schema.models.PolicyDocument`, sorted as
        the files are, with an ``errors`` attribute.

    Raises
    ------
    InputError
        With ``errors="raise"``, for the first bad file (its message names the file).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("关于支持区块链发展的若干措施\\n一、加强组织领导。由市工业和信息化局牵头。", "utf-8")
    >>> _ = (d / "empty.txt").write_text("", "utf-8")
    >>> docs = extract(d, errors="collect")
    >>> [doc.doc_id for doc in docs], len(docs.errors)
    (['a'], 1)
    >>> extract(d)
    Traceback (most recent call last):
    ...
    policykg.errors.EmptyInputError: .../empty.txt: ...
    """
    from policykg.loaders import iter_extract

    _check_mode(errors)
    out = Documents()
    for item in iter_extract(_paths(paths)):
        if isinstance(item, InputError):
            if errors == "raise":
                raise item
            out.errors.append(item)
        else:
            out.append(item)
    return out


def _is_store(path: Any) -> bool:
    from policykg.stores.directory import is_store

    return isinstance(path, (str, os.PathLike)) and Path(path).is_dir() and is_store(path)


def build(source: PathLike | Iterable[PathLike | PolicyDocument], *, errors: str = "raise") -> "PolicyGraph":
    """Build the knowledge graph of documents.

    Parameters
    ----------
    source : path, iterable of paths, or iterable of PolicyDocument
        Document files or directories (extracted with :func:`extract`), a
        store directory written by ``policykg build`` (it has ``documents/``),
        or documents already extracted.
    errors : {"raise", "collect"}
        What to do with bad files, as in :func:`extract`; collected errors
        end up in ``graph.errors``.

    Returns
    -------
    PolicyGraph

    Examples
    --------
    >>> build([]).counts()
    {'nodes': {}, 'edges': {}}
    """
    from policykg.pipeline import run

    _check_mode(errors)
    items = _paths(source)
    result = run(items, errors=errors)  # the corpus pipeline, without a store: the graph in memory
    g = PolicyGraph.from_model(result.graph)
    g.errors = list(result.errors)
    if len(items) == 1 and _is_store(items[0]):  # its questions are answered from its RDF store
        g.__dict__["_store_path"] = (Path(items[0]), g._stamp())
    return g


class PolicyGraph(_model.PolicyGraph):
    """The graph of a corpus, with questions, SPARQL, networkx views and tables.

    It *is* a :class:`policykg.graph.model.PolicyGraph` (``nodes``, ``edges``,
    ``documents`` by doc id, ``by_label``, ``edges_of``, ``counts`` ...), so
    every function of :mod:`policykg.analytics` takes it. ``errors`` holds the
    files :func:`build` skipped with ``errors="collect"``.
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
        """The store directory the graph was loaded from (:func:`build` of a store), if any."""
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


# -- what the command line runs: documents to files and stores --------------------------------------------

DEFAULT_STORE = Path(".policykg") / "store"


def write_extracted(paths: PathLike | Iterable[PathLike], out_dir: PathLike, *,
                    jobs: int = 1) -> Iterator[tuple[PolicyDocument, Path] | InputError]:
    """Extract documents one at a time into ``out_dir/<doc_id>.json`` (gold schema plus evidence).

    Yields each document with the file written, or the :class:`~policykg.errors.InputError`
    of a file that failed (the others go on); ``jobs`` worker processes extract (0: every core).
    """
    from policykg.loaders import iter_extract, write_json

    for item in iter_extract(_paths(paths), jobs=jobs):
        yield item if isinstance(item, InputError) else (item, write_json(item, out_dir))


def open_graph(paths: PathLike | Iterable[PathLike] | None = None, *,
               store: PathLike = DEFAULT_STORE) -> PolicyGraph:
    """The graph of ``paths`` (documents, directories or stores), else of ``store``.

    Files that fail are skipped and kept in ``graph.errors``.

    Raises
    ------
    StoreError
        Without ``paths``, when ``store`` is no store written by ``policykg build``.
    InputError
        When no document could be extracted.
    """
    from policykg.errors import StoreError

    items = _paths(paths) if paths else []
    if not items and not _is_store(store):
        raise StoreError(f"{store}: no policykg store here (run policykg build first, or pass --store DIR)")
    g = build(items or [store], errors="collect")
    if not g.documents:
        raise InputError(", ".join(map(str, items or [store])), "no document could be extracted",
                         "pass policy documents, directories holding them, or a store written by policykg build")
    return g


def build_store(paths: PathLike | Iterable[PathLike], out: PathLike, store: PathLike = DEFAULT_STORE, *,
                replace: bool = False, exports: Iterable[str] | None = None, jobs: int = 0, views: bool = True,
                neo4j: str | None = None, progress: Any = None):  # -> policykg.pipeline.BuildResult
    """What ``policykg build`` does: :func:`policykg.pipeline.run` into ``store``, exports and views into ``out``.

    Parameters
    ----------
    paths, out, store, replace, jobs, progress
        As in :func:`policykg.pipeline.run` (``jobs`` 0: every core).
    exports : iterable of str, optional
        Export formats (default :data:`policykg.pipeline.EXPORTS`).
    views : bool
        Also write the views (:func:`policykg.viz.write_views`) when the graph is not empty;
        the index page is ``result.exports["html"]``.
    neo4j : str, optional
        A Neo4j URI (``bolt://``, ``neo4j://``) to load the store's graph into in the same run; the user
        and password are ``NEO4J_USER`` and ``NEO4J_PASSWORD`` (:func:`policykg.stores.neo4j.connect`).
    """
    from policykg.pipeline import EXPORTS, run

    stores = []
    if neo4j:
        from policykg.stores.neo4j import connect

        stores.append(connect(neo4j))
    try:
        return run(_paths(paths), store=store, out=out, replace=replace, views=views, stores=stores, jobs=jobs,
                   exports=EXPORTS if exports is None else list(exports), progress=progress)
    finally:
        for other in stores:
            other.close()


def remove_document(store: PathLike, doc_id: str) -> PolicyGraph:
    """Remove one document from ``store`` (:func:`policykg.pipeline.run` with ``remove``); shared entities
    other documents use stay.  Returns the graph of the documents left.

    Raises
    ------
    StoreError
        When ``store`` is no store, or holds no such document (the message lists those it holds).
    """
    from policykg.errors import StoreError
    from policykg.pipeline import run

    if not _is_store(store):
        raise StoreError(f"{store}: no policykg store here (run policykg build first, or pass --store DIR)")
    return PolicyGraph.from_model(run([], store=store, remove=[doc_id], exports=()).graph)


def validate_store(store: PathLike = DEFAULT_STORE, *, inference: str = "rdfs"):  # -> policykg.stores.shacl.ShaclReport
    """The SHACL report (:func:`policykg.stores.shacl.validate`) of a store's RDF; StoreError when there is none.

    ``inference``: ``"rdfs"`` (default) checks after RDFS inference over the ontology, ``"none"`` as stored;
    anything else is a ConfigError.  The saved documents and the RDF store are checked against each other
    first (:func:`check_store`): a StoreError saying what to run when they disagree, or when a build was
    interrupted.
    """
    from policykg.errors import ConfigError, StoreError
    from policykg.stores.directory import open_store
    from policykg.stores.integrity import check_store
    from policykg.stores.shacl import INFERENCE, validate

    if inference not in INFERENCE:
        raise ConfigError(f"unknown inference {inference!r}; use one of {', '.join(INFERENCE)}")
    check = check_store(store)  # a store out of step is no store to validate
    if not check.ok:
        raise StoreError(check.message())
    with open_store(store) as rdf:
        return validate(rdf, inference=inference)


def start_server(store: PathLike = DEFAULT_STORE, port: int = 7878, host: str = "127.0.0.1",
                 **options: Any) -> Any:
    """Serve ``store`` read-only over SPARQL (:func:`policykg.stores.serve.start_server`), the canned
    questions in its query page's picker; returns the running server (``terminate()``, ``wait()``)."""
    from policykg.queries.sparql import page_questions
    from policykg.stores.serve import start_server as serve

    return serve(store, port, host, questions=page_questions(), **options)


#: public functions of the library modules, importable from here (imported on first use)
_REEXPORTS = {
    "export_store": "policykg.stores.directory", "push_store": "policykg.stores.gsp",
    "check_store": "policykg.stores.integrity",
    "list_questions": "policykg.queries", "run_question": "policykg.queries", "write_views": "policykg.viz",
    "texts_from_store": "policykg.viz",
    "connect_neo4j": "policykg.stores.neo4j", "export_neo4j": "policykg.stores.neo4j_export",
    "write_guide": "policykg.queries.browser_guide", "guide_url": "policykg.queries.browser_guide",
}
_RENAMED = {"connect_neo4j": "connect"}


def __getattr__(name: str) -> Any:
    if name not in _REEXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_REEXPORTS[name]), _RENAMED.get(name, name))
    globals()[name] = value
    return value
