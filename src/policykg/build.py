"""``policykg build``: documents -> extraction -> graph -> persisted store -> exports.

:func:`build_corpus` is what the command runs: it extracts every document
(a bad file is reported and the batch goes on), saves the documents and the
RDF store (:mod:`policykg.graph.store`), and writes the exports into ``out``::

    OUT/extract/<doc_id>.json   the extraction (gold schema plus evidence)
    OUT/graph.ttl, graph.nt     every graph merged
    OUT/graph.trig              one named graph per document, plus common and derived
    OUT/graph.jsonld            the same as JSON-LD (rdflib)
    OUT/graph.graphml           the graph model for Gephi, yEd, Cytoscape (networkx)

Examples
--------
>>> import tempfile, pathlib
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "a.txt").write_text("关于支持区块链发展的若干措施\\n一、加强组织领导。由市工业和信息化局牵头。", "utf-8")
>>> result = build_corpus([tmp / "a.txt"], tmp / "out", tmp / "store", exports=("ttl",))
>>> result.ok, result.documents, sorted(p.name for p in result.exports.values())
(True, ['a'], ['graph.ttl'])
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from policykg.errors import InputError, StoreError
from policykg.graph.model import PolicyGraph
from policykg.graph.rdf import RDF_FORMATS
from policykg.graph.store import DEFAULT_STORE, load_graph, open_store, save_documents

__all__ = ["BuildResult", "build_corpus", "export_store", "EXPORTS", "EXPORT_FORMATS"]

log = logging.getLogger(__name__)

#: what ``build`` writes by default
EXPORTS: tuple[str, ...] = ("ttl", "nt", "trig", "jsonld", "graphml")
#: what ``export`` can write
EXPORT_FORMATS: tuple[str, ...] = tuple(RDF_FORMATS) + ("graphml",)


@dataclass
class BuildResult:
    """What a build did: documents extracted, files that failed, the graph, counts, exports."""

    documents: list[str]
    errors: list[InputError]
    graph: PolicyGraph
    store: Path
    rdf: dict[str, Any] = field(default_factory=dict)
    exports: dict[str, Path] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every file was extracted."""
        return not self.errors

    def summary(self) -> dict[str, Any]:
        """Plain data for ``--json``: documents, failures, counts by type, store and exports."""
        return {
            "documents": self.documents,
            "failed": [{"path": e.path, "error": str(e)} for e in self.errors],
            "store": str(self.store),
            "store_documents": sorted(self.graph.documents),
            "counts": self.graph.counts(),
            "rdf": self.rdf,
            "exports": {fmt: str(p) for fmt, p in self.exports.items()},
        }


def export_store(store: str | Path, fmt: str, path: str | Path, graph: PolicyGraph | None = None) -> Path:
    """Write the store as ``fmt`` (one of :data:`EXPORT_FORMATS`) to ``path``.

    GraphML is written from the graph model (``graph``, or rebuilt from the
    store's documents); the RDF formats from the RDF store.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if fmt == "graphml":
        from policykg.graph.nx import write_graphml

        return write_graphml(graph if graph is not None else load_graph(store), path)
    with open_store(store) as rdf:
        rdf.dump(fmt, path)
    return path


def build_corpus(paths: Iterable[str | Path], out: str | Path | None = None,
                 store: str | Path = DEFAULT_STORE, *, replace: bool = False,
                 exports: Iterable[str] = EXPORTS) -> BuildResult:
    """Extract ``paths``, save them into ``store`` and write the exports into ``out``.

    Parameters
    ----------
    paths
        Document files or directories.
    out
        Directory for ``extract/*.json`` and the ``graph.*`` exports (None: no files).
    store
        The persisted store; documents already in it stay unless ``replace``.
    replace
        Drop the documents of the store that are not in this batch.
    exports
        Which of :data:`EXPORT_FORMATS` to write into ``out``.

    Returns
    -------
    BuildResult
        Failed files are in ``errors``; the batch goes on past them.
    """
    from policykg.loaders import extract, write_json

    extracted = extract(paths)
    for err in extracted.errors:
        log.error("%s", err)
    docs = extracted.documents
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        for doc in docs:
            write_json(doc, out_dir / "extract")
    g = save_documents(store, docs, replace=replace)
    result = BuildResult([d.doc_id for d in docs], list(extracted.errors), g, Path(store))
    with open_store(store) as rdf:
        result.rdf = rdf.counts()
    if out_dir is not None:
        for fmt in exports:
            result.exports[fmt] = export_store(store, fmt, out_dir / f"graph.{fmt}", graph=g)
        # HTML views: the viz layer hooks in here, e.g.
        #   result.exports["html"] = write_views(g, out_dir / "views")
    log.info("built %d documents (%d failed) into %s", len(docs), len(extracted.errors), store)
    return result
