"""The persisted store that ``policykg build`` writes and every other command reads.

Layout of a store directory (default :data:`DEFAULT_STORE`)::

    DIR/documents/<doc_id>.json   the extracted documents (PolicyDocument.to_dict(with_text=True))
    DIR/rdf/                      the on-disk pyoxigraph store (one named graph per document)
    DIR/.lock                     held by the one process writing the store (policykg.graph.integrity)
    DIR/build-in-progress         there while it writes: left by an interrupted or failed build

The documents are the source of truth: :func:`load_graph` rebuilds the graph
model from them, and :func:`save_documents` keeps the RDF store in step (a
re-saved document replaces exactly its named graph; the derived graph is
recomputed over the whole corpus).

Examples
--------
>>> import tempfile
>>> from policykg.schema.models import PolicyDocument
>>> d = tempfile.mkdtemp()
>>> g = save_documents(d, [PolicyDocument("d1", "d1.txt", "", "关于支持区块链的若干措施", "funding_measures")])
>>> sorted(load_graph(d).documents), list_documents(d)
(['d1'], ['d1'])
>>> with open_store(d) as store:
...     store.documents()
['d1']
>>> load_graph(d + "/nowhere")
Traceback (most recent call last):
...
policykg.errors.StoreError: .../nowhere: no policykg store here (run policykg build first, or pass --store DIR)
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Iterable

from policykg.errors import StoreError
from policykg.graph.build import build_graph
from policykg.graph.integrity import check_marker, writing
from policykg.graph.model import PolicyGraph
from policykg.graph.rdf import RDFStore
from policykg.schema.models import PolicyDocument

__all__ = ["DEFAULT_STORE", "documents_dir", "rdf_dir", "is_store", "list_documents", "read_documents",
           "load_graph", "open_store", "save_documents", "remove_document"]

log = logging.getLogger(__name__)

DEFAULT_STORE = Path(".policykg") / "store"


def documents_dir(store: str | Path) -> Path:
    """``DIR/documents``."""
    return Path(store) / "documents"


def rdf_dir(store: str | Path) -> Path:
    """``DIR/rdf``."""
    return Path(store) / "rdf"


def is_store(store: str | Path) -> bool:
    """Whether ``store`` is a directory written by ``policykg build``."""
    return documents_dir(store).is_dir()


def _require(store: str | Path) -> None:
    if not is_store(store):
        raise StoreError(f"{store}: no policykg store here (run policykg build first, or pass --store DIR)")


def list_documents(store: str | Path) -> list[str]:
    """The ids of the documents saved in ``store``, sorted."""
    _require(store)
    return sorted(p.name[: -len(".json")] for p in documents_dir(store).glob("*.json"))


def read_documents(store: str | Path) -> list[PolicyDocument]:
    """The saved documents, sorted by id (StoreError naming an unreadable file)."""
    docs = []
    for doc_id in list_documents(store):
        path = documents_dir(store) / f"{doc_id}.json"
        try:
            docs.append(PolicyDocument.from_dict(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{path}: cannot be read as a saved document ({exc}); "
                             f"delete it or run policykg build again") from exc
    return docs


def load_graph(store: str | Path = DEFAULT_STORE) -> PolicyGraph:
    """The graph model of the documents saved in ``store``."""
    return build_graph(read_documents(store))


def open_store(store: str | Path = DEFAULT_STORE, *, read_only: bool = True) -> RDFStore:
    """The RDF store of ``store`` (read-only by default, so a running server can share it).

    Read-only, it refuses (StoreError saying what to run) a store that a build is writing or that an
    interrupted or failed build left (:func:`policykg.graph.integrity.check_marker`).
    """
    _require(store)
    if read_only:
        check_marker(store)
    if read_only and not (rdf_dir(store) / "CURRENT").exists():
        raise StoreError(f"{store}: has documents but no RDF store (run policykg build again)")
    return RDFStore(rdf_dir(store), read_only=read_only)


def _write_json(path: Path, doc: PolicyDocument) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(doc.to_dict(with_text=True), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _sync(store: str | Path, g: PolicyGraph) -> None:
    with RDFStore(rdf_dir(store)) as rdf:
        for stale in sorted(set(rdf.documents()) - set(g.documents)):
            rdf.remove_document(stale)
        rdf.load_graph(g)


def save_documents(store: str | Path, docs: Iterable[PolicyDocument], *, replace: bool = False) -> PolicyGraph:
    """Save documents into ``store`` (created if needed) and bring its RDF store up to date.

    A document already saved under the same id is replaced.  With ``replace``,
    documents not in ``docs`` are removed first.  Returns the graph of every
    document now in the store.
    """
    ddir = documents_dir(store)
    docs = list(docs)
    with writing(store, "save"):  # one writer at a time; a marker until the store is whole
        ddir.mkdir(parents=True, exist_ok=True)
        if replace:
            keep = {d.doc_id for d in docs}
            for path in ddir.glob("*.json"):
                if path.name[: -len(".json")] not in keep:
                    path.unlink()
        for doc in docs:
            _write_json(ddir / f"{doc.doc_id}.json", doc)
        g = load_graph(store)
        _sync(store, g)
    log.info("store %s: %d documents", store, len(g.documents))
    return g


def remove_document(store: str | Path, doc_id: str) -> PolicyGraph:
    """Remove one document from ``store``; shared entities other documents use stay.

    Raises
    ------
    StoreError
        When no such document is saved (the message lists those that are).
    """
    known = list_documents(store)
    if doc_id not in known:
        raise StoreError(f"no document {doc_id!r} in {store} (documents: {', '.join(known) or 'none'})")
    with writing(store, "remove"):
        (documents_dir(store) / f"{doc_id}.json").unlink(missing_ok=True)  # (or removed by a writer before)
        g = load_graph(store)
        with RDFStore(rdf_dir(store)) as rdf:
            in_rdf = doc_id in rdf.documents()
            if in_rdf:
                rdf.remove_document(doc_id, graph=g)
        if not in_rdf:  # the RDF store was out of step: rebuild it from the documents
            _sync(store, g)
    return g
