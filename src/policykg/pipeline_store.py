"""Step 3 of the corpus pipeline (:func:`policykg.pipeline.run`): the store directory's new generation.

A :class:`StoreWriter` fills the RDF store of the generation a build writes
(:class:`policykg.stores.directory.Transaction`): the documents' named graphs stream in from the
workers' N-Quads in batches (:class:`policykg.stores.bulk.BulkLoader`; with workers, a loader thread
fills the store once they are done, while the main process builds the graph model), the documents
the store already held are kept (or dropped: ``replace``, ``remove``), and ``common`` and ``derived``
are replaced with those of the whole corpus.  The same N-Quads go to a spool file the exports are
written from (:class:`policykg.pipeline_export.Exports`): with workers they are started as soon as
the graph is built (GraphML) and the spool is complete (the RDF formats), while the store finishes
loading and is compacted.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from policykg import workers
from policykg.errors import StoreError
from policykg.graph.model import COMMON, DERIVED, PolicyGraph
from policykg.stores.bulk import BulkLoader
from policykg.stores.directory import Transaction, read_saved
from policykg.stores.rdf import RDFStore

__all__ = ["StoreWriter"]

log = logging.getLogger(__name__)


class StoreWriter:
    """The RDF store of ``txn``'s generation, written for one build (``build``: the pipeline's state;
    ``exports``: its :class:`policykg.pipeline_export.Exports`, None when it writes none)."""

    def __init__(self, txn: Transaction, build: Any, pool: Any, exports: Any = None) -> None:
        self.txn, self.build, self.pool, self.exports = txn, build, pool, exports
        self.removed: list[str] = []
        self.rdf = RDFStore(txn.rdf)
        rdf_formats = [f for f in build.formats if f != "graphml"]
        self.source: Path | None = None  # the spool the exports are written from
        self.spool: Path | None = None
        if build.out is not None and rdf_formats:
            self.spool = self.source = build.out / ".graph.nq.tmp"
        elif pool is not None:
            self.spool = txn.dir / ".load.nq.tmp"
        # with workers, the store is loaded from the spool by a thread once they are done (see BulkLoader)
        self.loader = BulkLoader(self.rdf, self.spool, deferred=pool is not None)

    def saved(self, replace: bool, remove: set[str]) -> None:
        """The documents the store held before this batch: kept (their graphs read back), or dropped."""
        from policykg.graph.build import add_document

        ddir, build = self.txn.documents, self.build
        held = sorted(p.name[: -len(".json")] for p in ddir.glob("*.json"))
        unknown = sorted(remove - set(held) - set(build.batch))
        if unknown:
            raise StoreError(f"no document {', '.join(map(repr, unknown))} in {build.store} "
                             f"(documents: {', '.join(held) or 'none'})")
        in_rdf = set(self.loader.present)  # the documents of the store before this build, and this batch
        for doc_id in held:
            if doc_id in build.parts:
                continue
            if replace or doc_id in remove:
                (ddir / f"{doc_id}.json").unlink()
                self.removed.append(doc_id)
                continue
            part = PolicyGraph()
            add_document(part, read_saved(ddir / f"{doc_id}.json", text=False))
            build.parts[doc_id] = part
            if doc_id not in in_rdf or self.source is not None:  # (the exports are written from the spool)
                from policykg.stores.rdf_io import to_nquads
                from policykg.stores.rdf_mapping import project

                nquads = to_nquads({doc_id: project(part)[doc_id]})
                if doc_id not in in_rdf:  # the RDF store was out of step
                    self.loader.load(nquads, drop=(doc_id,), name=doc_id)
                else:
                    self.loader.write(doc_id, nquads)

    def finish(self, g: PolicyGraph) -> None:
        """Drop the graphs of documents no longer in the store, replace ``common`` and ``derived``, wait for
        every batch and close the store."""
        from policykg.stores.rdf_io import to_nquads
        from policykg.stores.rdf_mapping import project

        build, loader, pool, exports = self.build, self.loader, self.pool, self.exports
        if exports is not None:
            exports.start_graphml(g)
        stale = tuple(sorted(d for d in loader.present if d not in g.documents))
        if stale:
            loader.load(b"", drop=stale)
        loader.load(to_nquads(project(g, graphs=(COMMON,))), drop=(COMMON, DERIVED), name=COMMON)
        # derived edges only join nodes of other graphs: projected in chunks, by the workers too
        chunks = (pool.imap_unordered(workers.project_edges, workers.derived_tasks(g)) if pool is not None
                  else map(workers.project_edges, workers.derived_tasks(g)))
        buffered: list[bytes] = []
        for nquads in chunks:
            buffered.append(nquads)
            if sum(map(len, buffered)) >= loader.limit:
                loader.load(b"".join(buffered))
                buffered = []
        loader.load(b"".join(buffered))
        loader.end_spool()
        if exports is not None and self.source is not None and loader.spool_ok:
            exports.start(self.source, early=True)  # from the complete spool, while the store finishes loading
        loader.finish()
        # compact the store: bulk loads leave overlapping files on disk that every read of a query must
        # look into; compacted, the canned questions run 1.5-3x faster on the 1k-document store of
        # bench/bench_query.py (about 2.5 s of a 60 s build)
        t0 = time.perf_counter()
        self.rdf.store.optimize()
        log.info("store compacted in %.1f s", time.perf_counter() - t0)
        self.rdf.store.flush()
        self.rdf.close()
        if self.spool is not None and (self.source is None or not loader.spool_ok):  # the exports read the store
            self.spool.unlink()
            self.source = None
        build.step("store")

    def close(self) -> None:
        """Release everything (after success or failure)."""
        self.loader.close()
        self.rdf.close()
        if self.spool is not None:
            self.spool.unlink(missing_ok=True)

