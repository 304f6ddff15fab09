"""The Python API: extract documents, build a graph, ask it questions.

:func:`extract` reads documents into typed models; :func:`build` turns
documents, files, directories or a store written by ``policykg build`` into
a :class:`PolicyGraph`: the graph model of :mod:`policykg.graph.model` plus
canned questions (:meth:`PolicyGraph.query`), SPARQL (:meth:`PolicyGraph.sparql`),
networkx views (:meth:`PolicyGraph.to_networkx`) and tables
(:meth:`PolicyGraph.records`, :meth:`PolicyGraph.to_frame`). The functions of
:mod:`policykg.analytics` take it as it is. (:class:`PolicyGraph` is defined in
:mod:`policykg._api_graph` and importable from here.)

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
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Union

from policykg.errors import InputError

if TYPE_CHECKING:  # imported on first use: `policykg query` and the other commands that read the store need neither
    from policykg._api_graph import PolicyGraph
    from policykg.schema.models import PolicyDocument

#: a path given as text or as a path object (the same as :data:`policykg._api_graph.PathLike`)
PathLike = Union[str, "os.PathLike[str]"]

__all__ = ["extract", "build", "PolicyGraph", "Documents", "ERROR_MODES", "DEFAULT_STORE", "write_extracted",
           "open_graph", "build_store", "validate_store", "check_store", "export_store", "push_store",
           "remove_document", "list_questions", "run_question", "write_views", "texts_from_store",
           "connect_neo4j", "export_neo4j", "write_guide", "guide_url", "start_server"]

log = logging.getLogger(__name__)

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


def build(source: PathLike | Iterable[PathLike | PolicyDocument], *, errors: str = "raise") -> PolicyGraph:
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
    from policykg._api_graph import PolicyGraph
    from policykg.pipeline import run

    _check_mode(errors)
    items = _paths(source)
    result = run(items, errors=errors)  # the corpus pipeline, without a store: the graph in memory
    g = PolicyGraph.from_model(result.graph)
    g.errors = list(result.errors)
    if len(items) == 1 and _is_store(items[0]):  # its questions are answered from its RDF store
        g.__dict__["_store_path"] = (Path(items[0]), g._stamp())
    return g



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
    from policykg._api_graph import PolicyGraph
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
    "PolicyGraph": "policykg._api_graph",
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
