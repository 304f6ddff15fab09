"""The one corpus pipeline: documents -> extraction -> graph -> stores -> exports -> views.

:func:`run` is what ``policykg build`` and ``policykg remove`` run (through :func:`policykg.api.build_store`
and :func:`policykg.api.remove_document`), what :func:`policykg.api.build` runs to make a graph in
memory, and so what the benchmarks measure.  In order:

1. **extraction**: ``jobs`` worker processes read and extract each document, write its JSON (the saved
   document with its text, and ``OUT/extract/<doc_id>.json``), build its graph once and project its
   named graph to N-Quads (:func:`policykg.workers.build_one`); a bad file is reported and the batch
   goes on;
2. **graph**: the documents' graphs are merged (:func:`policykg.graph.build.merge_document`) with
   those of the documents already in the store, and the corpus-wide edges are computed once
   (:func:`policykg.graph.derivations.derive`);
3. **stores**: the store directory is written as a transaction (:func:`policykg.stores.directory.transaction`):
   its RDF store is filled from the workers' N-Quads in batches (:class:`policykg.stores.bulk.BulkLoader`),
   ``common`` and ``derived`` replaced, other stores (Neo4j: ``policykg build --neo4j URI``) given the
   same graph through the :class:`policykg.stores.GraphStore` protocol, and then the new generation
   committed; on a failure (Neo4j's load included) or Ctrl-C it is dropped, with the store left as it was;
4. **exports** into ``OUT`` (Turtle, N-Triples, TriG, JSON-LD, GraphML), in parallel, from the
   N-Quads the build streamed (never read back from the store) and the graph: with workers they are
   started as soon as those are complete, while the store is completed, and moved into ``OUT`` once it is
   committed (:class:`policykg.pipeline_export.Exports`);
5. **views**: the HTML pages into ``OUT/views``.

Examples
--------
>>> import tempfile, pathlib
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "a.txt").write_text("关于支持区块链发展的若干措施\\n一、加强组织领导。由市工业和信息化局牵头。", "utf-8")
>>> result = run([tmp / "a.txt"], store=tmp / "store", out=tmp / "out", exports=("ttl",))
>>> result.ok, result.documents, sorted(p.name for p in result.exports.values())
(True, ['a'], ['graph.ttl'])
>>> run([tmp / "a.txt"]).graph.counts()["nodes"]["Policy"]   # no store: the graph in memory
1
"""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from policykg import workers
from policykg.errors import InputError, PolicyKGError, StoreError
from policykg.graph.build import merge_document
from policykg.graph.derivations import derive
from policykg.graph.model import PolicyGraph
from policykg.schema.models import PolicyDocument
from policykg.stores.directory import EXPORT_FORMATS, EXPORTS, Transaction, is_store, read_documents, transaction

__all__ = ["run", "BuildResult", "Progress", "resolve_jobs", "EXPORTS", "EXPORT_FORMATS"]

log = logging.getLogger(__name__)

#: ``progress(stage, done, total)``: stage ``extract`` once per document (``total`` the number of
#: files), then ``graph``, ``store`` and ``export:<fmt>`` as each corpus-wide step finishes
Progress = Callable[[str, int, "int | None"], None]


@dataclass
class BuildResult:
    """What a build did: documents extracted, files that failed, the graph, counts, exports, speed."""

    documents: list[str]
    errors: list[InputError]
    graph: PolicyGraph
    store: Path | None
    rdf: dict[str, Any] = field(default_factory=dict)
    exports: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    jobs: int = 1
    timings: dict[str, float] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    stores: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every file was extracted."""
        return not self.errors

    @property
    def documents_per_second(self) -> float:
        """Documents of this batch built per second of wall time, exports included."""
        return len(self.documents) / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> dict[str, Any]:
        """Plain data for ``--json``: documents, failures, counts by type, store, exports and speed."""
        out = {
            "documents": self.documents,
            "failed": [{"path": e.path, "error": str(e)} for e in self.errors],
            "store": str(self.store),
            "store_documents": sorted(self.graph.documents),
            "counts": self.graph.counts(),
            "rdf": self.rdf,
            "exports": {fmt: str(p) for fmt, p in self.exports.items()},
            "jobs": self.jobs,
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.documents_per_second, 2),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }
        if self.stores:
            out["stores"] = self.stores
        return out


def resolve_jobs(jobs: int) -> int:
    """Worker processes for ``jobs``: itself when positive, every core for 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def run(sources: Iterable[str | os.PathLike | PolicyDocument] = (), *, store: str | Path | None = None,
        out: str | Path | None = None, replace: bool = False, remove: Iterable[str] = (),
        exports: Iterable[str] = EXPORTS, views: bool = False, stores: Iterable[Any] = (), jobs: int = 1,
        errors: str = "collect", progress: Progress | None = None) -> BuildResult:
    """Documents to graph, stores, exports and views (see the module docstring).

    Parameters
    ----------
    sources
        Document files or directories, documents already extracted, or store directories (their saved
        documents).
    store
        The store directory to write (None: only the graph, in memory).  Documents already in it stay
        unless ``replace``.
    out
        Directory for ``extract/*.json``, the ``graph.*`` exports and ``views/`` (None: no files).
    replace
        Drop the documents of the store that are not in this batch.
    remove
        Ids of documents to drop from the store (StoreError naming those it holds when one is not there).
    exports
        Which of :data:`EXPORT_FORMATS` to write into ``out``.
    views
        Also write the HTML views into ``out/views`` (when the graph is not empty).
    stores
        Other stores (:class:`policykg.stores.GraphStore`, e.g. a Neo4jStore) given the store's graph.
    jobs
        Worker processes extracting documents and writing exports (0: every core).
    errors
        ``"collect"``: bad files are kept in ``result.errors``; ``"raise"``: the first one is raised.
    progress
        Called as documents and steps finish (:data:`Progress`); the library never prints.

    Raises
    ------
    StoreError
        When the store cannot be opened, another process is writing it
        (:func:`policykg.stores.integrity.writing`), or a saved document cannot be read.  The store is
        then as it was before the build.
    """
    t_start = time.perf_counter()
    formats = list(dict.fromkeys(exports)) if out is not None else []
    for fmt in formats:
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    build = _Build(Path(store) if store is not None else None, Path(out) if out is not None else None,
                   formats, resolve_jobs(jobs), progress)
    if store is None:
        result = build.execute(sources, None, errors=errors)
    else:
        with transaction(store, "build") as txn:  # the store is as it was unless the build commits
            result = build.execute(sources, txn, replace=replace, remove=set(remove), stores=list(stores))
    if views and out is not None and result.graph.nodes:
        from policykg.viz import texts_from_store, write_views

        t0 = time.perf_counter()
        texts = texts_from_store(result.store) if result.store is not None else None  # for the document pages
        result.exports["html"] = write_views(result.graph, Path(out) / "views", texts=texts)[0]
        result.timings["views"] = time.perf_counter() - t0
    result.seconds = time.perf_counter() - t_start
    log.info("built %d documents (%d failed) into %s in %.1f s (%.1f documents/s, %d jobs)", len(result.documents),
             len(result.errors), store, result.seconds, result.documents_per_second, result.jobs)
    return result


def _is_store_dir(item: str | os.PathLike) -> bool:
    """Whether a path is a store's directory; a path that cannot be looked at (name too long, no permission)
    is not, and :func:`~policykg.loaders.collect_paths` reports it as that file's error."""
    try:
        return Path(item).is_dir() and is_store(item)
    except OSError:
        return False


def _items(sources: Iterable[Any], text: bool) -> Iterator[Path | PolicyDocument | InputError]:
    """The inputs, one per document: files of directories, documents, saved documents of stores."""
    from policykg.loaders import collect_paths

    paths: list[Any] = []
    for item in [sources] if isinstance(sources, (str, os.PathLike)) else sources:
        if isinstance(item, PolicyDocument):
            yield from collect_paths(paths)
            paths = []
            yield item
        elif isinstance(item, (str, os.PathLike)) and _is_store_dir(item):
            yield from collect_paths(paths)
            paths = []
            yield from read_documents(item, text=text)
        else:
            paths.append(item)
    yield from collect_paths(paths)


class _Build:
    """The state of one :func:`run`: the documents' graphs and words, the batch, the files that failed."""

    def __init__(self, store: Path | None, out: Path | None, formats: list[str], jobs: int,
                 progress: Progress | None) -> None:
        self.store, self.out, self.formats, self.jobs, self.progress = store, out, formats, jobs, progress
        self.edir = out / "extract" if out is not None else None
        self.parts: dict[str, PolicyGraph] = {}
        self.words: dict[str, tuple[str, ...]] = {}
        self.batch: list[str] = []
        self.errors: list[InputError] = []
        self.timings: dict[str, float] = {}
        self.t0 = time.perf_counter()

    def step(self, name: str) -> None:
        """Time the step that just ended and report it."""
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.t0
        self.t0 = now
        if self.progress is not None and name != "extract":
            self.progress(name, 1, 1)

    def execute(self, sources: Iterable[Any], txn: Transaction | None, *, errors: str = "collect",
                replace: bool = False, remove: set[str] | None = None, stores: list[Any] | None = None) -> BuildResult:
        """Run the steps; with ``txn``, write the store's new generation and commit it."""
        from policykg.pipeline_export import Exports
        from policykg.pipeline_store import StoreWriter

        if self.edir is not None:
            self.edir.mkdir(parents=True, exist_ok=True)
            for stale in self.edir.glob(".*.tmp"):  # leftovers of an interrupted build
                stale.unlink(missing_ok=True)
        items = list(_items(sources, text=txn is not None))
        pool = workers.pool(self.jobs)  # forked before the store is opened: the workers never hold it
        writer = exports = None
        try:
            if txn is not None and self.out is not None and self.formats:
                exports = Exports(self.store, self.out, self.formats, pool)
            writer = StoreWriter(txn, self, pool, exports) if txn is not None else None
            self.extract(items, pool, writer)
            if errors == "raise" and self.errors:
                raise self.errors[0]
            if writer is not None:
                writer.saved(replace, remove or set())
            g = self.graph(in_order=txn is None)
            result = BuildResult(self.batch, self.errors, g, self.store, jobs=self.jobs, timings=self.timings)
            if writer is not None:
                writer.finish(g)
                result.removed = writer.removed
                self.feed(result, stores or [])  # before the commit: a failed load leaves the store as it was
                txn.commit()
            self.export(result, writer, exports)
        finally:
            workers.EXPORT_GRAPH.clear()
            if writer is not None:
                writer.close()
            if pool is not None:
                pool.terminate()
                pool.join()
            if exports is not None:  # after the pool: no worker writes into its staging directory any more
                exports.close()
        return result

    def extract(self, items: list[Any], pool: Any, writer: Any) -> None:
        """Step 1: every document through :func:`policykg.workers.build_one`, in input order."""
        ddir = writer.txn.documents if writer is not None else None
        tasks = [(n, item, ddir, self.edir, writer is not None) for n, item in enumerate(items)]
        results = pool.imap(workers.build_one, tasks, chunksize=4) if pool is not None else map(workers.build_one, tasks)
        for done, res in enumerate(results, 1):
            if isinstance(res, InputError):
                log.error("%s", res)
                self.errors.append(res)
            else:
                doc_id = res.doc.doc_id
                if res.saved is not None and ddir is not None:
                    os.replace(res.saved, ddir / f"{doc_id}.json")
                if res.extracted is not None and self.edir is not None:
                    os.replace(res.extracted, self.edir / f"{doc_id}.json")
                if writer is not None:
                    writer.loader.add(doc_id, res.nquads)
                self.parts.pop(doc_id, None)  # a document given twice: the last one, in the place it is last
                self.parts[doc_id] = res.part
                self.words.update((k, tuple(map(sys.intern, ws))) for k, ws in res.words.items())
                if doc_id not in self.batch:
                    self.batch.append(doc_id)
            if self.progress is not None:
                self.progress("extract", done, len(tasks))
        if writer is not None:
            writer.loader.flush()
            writer.loader.start()
        self.step("extract")

    def graph(self, *, in_order: bool) -> PolicyGraph:
        """Step 2: the documents' graphs merged (in input order, or by id for a store), corpus-wide edges."""
        g = PolicyGraph()
        for doc_id in (list(self.parts) if in_order else sorted(self.parts)):
            merge_document(g, self.parts[doc_id])
        derive(g, words=self.words)
        self.words = {}
        self.step("graph")
        return g

    def feed(self, result: BuildResult, stores: list[Any]) -> None:
        """Step 3, other stores: drop what the store dropped, put the store's documents and corpus-wide edges.

        Runs before the store's generation is committed: when a load fails, the error says that the store
        was not changed and that the other store may hold part of the batch (its loads are idempotent:
        the same build run again completes it).
        """
        for other in stores:
            t0 = time.perf_counter()
            name = getattr(other, "uri", type(other).__name__)
            try:
                gone = sorted(set(result.removed) | (set(other.documents()) & set(result.removed)))
                if gone:
                    other.remove_documents(gone)
                other.put_documents(result.graph)
            except PolicyKGError as exc:
                raise type(exc)(f"{exc}; nothing was committed: the store {self.store} is as it was, and {name} "
                                "may hold part of this batch: run the same build again") from exc
            result.stores[name] = other.counts()
            self.timings[f"store:{name}"] = time.perf_counter() - t0

    def export(self, result: BuildResult, writer: Any, exports: Any) -> None:
        """Step 4: the store's counts, and the exports (started while the store was completed, or now)
        moved into ``OUT``."""
        if self.store is None:
            return
        if exports is not None:  # (with workers they run while the main process counts)
            exports.start(writer.source)
        result.rdf = workers.count(str(self.store))
        if exports is not None:
            result.exports = exports.publish(self.timings, self.progress)
