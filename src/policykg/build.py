"""``policykg build``: documents -> extraction -> graph -> persisted store -> exports.

:func:`build_corpus` is what the command runs: it extracts every document
(a bad file is reported and the batch goes on), saves the documents and the
RDF store (:mod:`policykg.graph.store`), and writes the exports into ``out``::

    OUT/extract/<doc_id>.json   the extraction (gold schema plus evidence)
    OUT/graph.ttl, graph.nt     every graph merged
    OUT/graph.trig              one named graph per document, plus common and derived
    OUT/graph.jsonld            the same as JSON-LD
    OUT/graph.graphml           the graph model for Gephi, yEd, Cytoscape (networkx)

It scales to large corpora: ``jobs`` worker processes read, extract and
project each document (its JSON files and the N-Quads of its named graph are
made in the worker), and the documents stream to the store in batches
(:class:`policykg.graph.bulk.BulkLoader`), so only the extracted models (never
the texts) of the corpus are held in memory.  The corpus-wide steps follow: the
graph model, overlap and co-responsibility
(:func:`policykg.graph.build.finalize`), the ``common`` and ``derived`` graphs,
then the exports (in parallel too).  With workers, the store is loaded by a
thread of the main process once they are done, while it builds the graph model;
with ``jobs=1`` everything runs in turn in one thread.

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

import dataclasses
import itertools
import json
import logging
import multiprocessing
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from policykg.errors import InputError, StoreError
from policykg.graph.bulk import BulkLoader
from policykg.graph.integrity import Writer, writing
from policykg.graph.model import COMMON, DERIVED, PolicyGraph
from policykg.graph.rdf import RDF_FORMATS
from policykg.graph.store import DEFAULT_STORE, documents_dir, load_graph, open_store, rdf_dir
from policykg.schema.models import PolicyDocument

__all__ = ["BuildResult", "build_corpus", "export_store", "resolve_jobs", "EXPORTS", "EXPORT_FORMATS", "Progress"]

log = logging.getLogger(__name__)

#: what ``build`` writes by default
EXPORTS: tuple[str, ...] = ("ttl", "nt", "trig", "jsonld", "graphml")
#: what ``export`` can write
EXPORT_FORMATS: tuple[str, ...] = tuple(RDF_FORMATS) + ("graphml",)

#: ``progress(stage, done, total)``: stage ``extract`` once per document (``total`` the number of
#: files), then ``graph``, ``store`` and ``export:<fmt>`` as each corpus-wide step finishes
Progress = Callable[[str, int, "int | None"], None]


@dataclass
class BuildResult:
    """What a build did: documents extracted, files that failed, the graph, counts, exports, speed."""

    documents: list[str]
    errors: list[InputError]
    graph: PolicyGraph
    store: Path
    rdf: dict[str, Any] = field(default_factory=dict)
    exports: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    jobs: int = 1
    timings: dict[str, float] = field(default_factory=dict)

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
        return {
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


def resolve_jobs(jobs: int) -> int:
    """Worker processes for ``jobs``: itself when positive, every core for 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def export_store(store: str | Path, fmt: str, path: str | Path, graph: PolicyGraph | None = None) -> Path:
    """Write the store as ``fmt`` (one of :data:`EXPORT_FORMATS`) to ``path``.

    GraphML is written from the graph model (``graph``, or rebuilt from the
    store's documents); the RDF formats stream from the RDF store.
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


# -- one document, in a worker process --------------------------------------------------------------

@dataclass
class _Built:
    """What a worker sends back for one document: never its text."""

    doc: PolicyDocument  # text dropped
    saved: Path  # DIR/documents/.<doc_id>.<n>.tmp, renamed in input order by the main process
    extracted: Path | None  # OUT/extract/.<doc_id>.<n>.tmp
    nquads: bytes  # the document's named graph
    words: dict[str, tuple[str, ...]]  # measure key -> its words for the overlap


def _tmp(directory: Path, doc_id: str, n: int) -> Path:
    return directory / f".{doc_id}.{n}.tmp"


def _write_json(path: Path, data: dict) -> None:
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:  # a full disk: the build stops, naming the file
        path.unlink(missing_ok=True)
        raise StoreError.cannot_write(path, exc) from exc


def _build_one(task: tuple[int, Path | InputError, Path, Path | None]) -> _Built | InputError:
    from policykg.graph.build import add_document
    from policykg.graph.overlap import measure_words
    from policykg.graph.projection import project
    from policykg.graph.rdf import to_nquads
    from policykg.loaders import read_document

    n, item, ddir, edir = task
    if isinstance(item, InputError):
        return item
    try:
        doc = read_document(item)
    except InputError as exc:
        return exc
    except RecursionError:
        return InputError(item, "is nested too deeply to parse", "check the file for runaway brackets")
    data = doc.to_dict()
    extracted = None
    if edir is not None:
        extracted = _tmp(edir, doc.doc_id, n)
        _write_json(extracted, data)
    data["text"] = doc.text  # what to_dict(with_text=True) gives: the store keeps the text
    saved = _tmp(ddir, doc.doc_id, n)
    _write_json(saved, data)
    del data
    light = dataclasses.replace(doc, text="")
    del doc
    g = PolicyGraph()
    add_document(g, light)
    nquads = to_nquads({light.doc_id: project(g)[light.doc_id]})  # identical to its part of the whole corpus
    words = {m.key: tuple(measure_words(m.get("title") or m.name, m.get("text") or ""))
             for m in g.by_label("Measure")}
    return _Built(light, saved, extracted, nquads, words)


def _project_edges(task: tuple[dict, list]) -> bytes:
    """N-Quads of corpus-wide edges (``derived``); ``nodes`` holds their source nodes."""
    from policykg.graph.projection import project
    from policykg.graph.rdf import to_nquads

    nodes, edges = task
    g = PolicyGraph(nodes=nodes, edges={e.key: e for e in edges})
    return to_nquads(project(g, graphs=(DERIVED,)))


def _derived_tasks(g: PolicyGraph, size: int = 4000) -> Iterator[tuple[dict, list]]:
    edges = sorted((e for e in g.edges.values() if e.graph == DERIVED), key=lambda e: e.key)
    for lo in range(0, len(edges), size):
        chunk = edges[lo:lo + size]
        yield {e.src: g.nodes[e.src] for e in chunk if e.src in g.nodes}, chunk


def _ignore_sigint() -> None:
    """A worker's initializer: Ctrl-C reaches the whole process group, and only the main process handles it
    (it terminates the pool), so no worker dies with a traceback or inside a lock of the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(jobs: int):  # -> multiprocessing.pool.Pool | None
    if jobs == 1:
        return None
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ctx.Pool(jobs, initializer=_ignore_sigint)


def _read_saved(path: Path) -> PolicyDocument:
    try:
        doc = PolicyDocument.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: cannot be read as a saved document ({exc}); "
                         f"delete it or run policykg build again") from exc
    return dataclasses.replace(doc, text="")


# -- exports, in parallel ---------------------------------------------------------------------------

_EXPORT: dict[str, Any] = {}  # the graph for GraphML, inherited by forked export workers


def _export_one(task: tuple[str, list[str], str, str | None]) -> list[tuple[str, str, float]]:
    """Write a group of exports: GraphML from the graph, or RDF formats from the N-Quads of the build
    (``source``), else sharing one read of the store."""
    from policykg.graph.rdf import export_nquads

    store, formats, out_dir, source = task
    paths = {fmt: str(Path(out_dir) / f"graph.{fmt}") for fmt in formats}
    try:
        if formats == ["graphml"]:
            t0 = time.perf_counter()
            export_store(store, "graphml", paths["graphml"], graph=_EXPORT.get("graph"))
            return [("graphml", paths["graphml"], time.perf_counter() - t0)]
        if source is not None:
            seconds = export_nquads(source, paths)
        else:
            with open_store(store) as rdf:
                seconds = rdf.dump_many(paths)
    except OSError as exc:  # a full disk
        raise StoreError.cannot_write(" or ".join(paths.values()), exc) from exc
    return [(fmt, paths.get(fmt, ""), s) for fmt, s in seconds.items()]


def _count(store: str) -> dict[str, Any]:
    with open_store(store) as rdf:
        return rdf.counts()


def _export_tasks(store: Path, out_dir: Path, formats: list[str],
                  source: Path | None = None) -> list[tuple[str, list[str], str, str | None]]:
    """Export groups: GraphML; the merged formats (nt, ttl); the formats with named graphs (nq, trig, jsonld),
    sharing one read of the store, or (from the build's N-Quads ``source``) each on its own."""
    named = [f for f in formats if f in ("nq", "trig", "jsonld")]
    groups = [[f for f in formats if f == "graphml"], [f for f in formats if f in ("nt", "ttl")],
              *([named] if source is None else [[f] for f in named])]
    return [(str(store), group, str(out_dir), str(source) if source else None) for group in groups if group]


# -- the pipeline -----------------------------------------------------------------------------------

def build_corpus(paths: Iterable[str | Path], out: str | Path | None = None,
                 store: str | Path = DEFAULT_STORE, *, replace: bool = False,
                 exports: Iterable[str] = EXPORTS, jobs: int = 1,
                 progress: Progress | None = None) -> BuildResult:
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
    jobs
        Worker processes extracting documents and writing exports (0: every core).
    progress
        Called as documents and steps finish (:data:`Progress`); the library never prints.

    Returns
    -------
    BuildResult
        Failed files are in ``errors``; the batch goes on past them.

    Raises
    ------
    StoreError
        When the store cannot be opened (e.g. a running ``policykg serve`` holds it), another
        process is writing it (:func:`policykg.graph.integrity.writing`), or a saved document cannot
        be read.  A build that raises (or is interrupted) leaves the store's ``build-in-progress``
        marker, which readers report until a build succeeds.
    """
    t_start = time.perf_counter()
    jobs = resolve_jobs(jobs)
    formats = list(dict.fromkeys(exports)) if out is not None else []
    for fmt in formats:
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    store = Path(store)
    # the lock is taken before anything in the store is touched (stale temporary files too); a failure
    # or Ctrl-C leaves the build-in-progress marker that readers report (policykg.graph.integrity)
    with writing(store, "build") as writer:
        return _build(paths, out, store, writer, replace=replace, formats=formats, jobs=jobs, progress=progress,
                      t_start=t_start)


def _build(paths: Iterable[str | Path], out: str | Path | None, store: Path, writer: Writer, *, replace: bool,
           formats: list[str], jobs: int, progress: Progress | None, t_start: float) -> BuildResult:
    """:func:`build_corpus`, holding the lock of ``store``."""
    from policykg.graph.build import add_document, finalize
    from policykg.graph.projection import project
    from policykg.graph.rdf import RDFStore, to_nquads
    from policykg.loaders import collect_paths

    ddir = documents_dir(store)
    ddir.mkdir(parents=True, exist_ok=True)
    out_dir = Path(out) if out is not None else None
    edir = out_dir / "extract" if out_dir is not None else None
    if edir is not None:
        edir.mkdir(parents=True, exist_ok=True)
    for d in (ddir, edir):  # leftovers of an interrupted build
        for stale in d.glob(".*.tmp") if d is not None else ():
            stale.unlink(missing_ok=True)
    items = list(collect_paths(paths))  # paths only: the texts are read by the workers
    tasks = [(n, item, ddir, edir) for n, item in enumerate(items)]
    timings: dict[str, float] = {}
    docs: dict[str, PolicyDocument] = {}
    words: dict[str, tuple[str, ...]] = {}
    errors: list[InputError] = []
    batch: list[str] = []

    def step(name: str, t0: float) -> float:
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - t0
        if progress is not None and name != "extract":
            progress(name, 1, 1)
        return now

    t0 = time.perf_counter()
    pool = _pool(jobs)  # forked before the store is opened: the workers never hold it
    rdf = graphml = source = loader = None
    spool: Path | None = None
    try:
        results: Iterator[_Built | InputError] = (pool.imap(_build_one, tasks, chunksize=4) if pool is not None
                                                  else map(_build_one, tasks))
        rdf = RDFStore(rdf_dir(store))
        rdf_formats = [f for f in formats if f != "graphml"]
        if out_dir is not None and rdf_formats:
            spool = source = out_dir / ".graph.nq.tmp"  # the exports are written from it
        elif pool is not None:
            spool = store / ".load.nq.tmp"
        # with workers, the store is loaded from the spool by a thread once they are done (see BulkLoader)
        loader = BulkLoader(rdf, spool, deferred=pool is not None)
        for done, res in enumerate(results, 1):
            if isinstance(res, InputError):
                log.error("%s", res)
                errors.append(res)
            else:
                doc_id = res.doc.doc_id
                os.replace(res.saved, ddir / f"{doc_id}.json")
                if res.extracted is not None and edir is not None:
                    os.replace(res.extracted, edir / f"{doc_id}.json")
                loader.add(doc_id, res.nquads)
                docs[doc_id] = res.doc
                words.update((k, tuple(map(sys.intern, ws))) for k, ws in res.words.items())
                if doc_id not in batch:
                    batch.append(doc_id)
            if progress is not None:
                progress("extract", done, len(tasks))
        loader.flush()
        loader.start()
        t0 = step("extract", t0)

        keep = set(batch)
        in_rdf = set(loader.present)  # the documents of the store before this build, and this batch
        for path in sorted(ddir.glob("*.json")):
            doc_id = path.name[: -len(".json")]
            if doc_id in keep:
                continue
            if replace:
                path.unlink()
                continue
            doc = docs[doc_id] = _read_saved(path)
            if doc_id not in in_rdf or source is not None:  # (the exports are written from the spool)
                mini = PolicyGraph()
                add_document(mini, doc)
                nquads = to_nquads({doc_id: project(mini)[doc_id]})
                if doc_id not in in_rdf:  # the RDF store was out of step
                    loader.load(nquads, drop=(doc_id,), name=doc_id)
                else:
                    loader.write(doc_id, nquads)
        g = PolicyGraph()
        for doc_id in sorted(docs):  # the order a clean build of the store's documents uses
            add_document(g, docs[doc_id])
        finalize(g, words=words)
        del words
        t0 = step("graph", t0)
        graphml = None
        if "graphml" in formats and pool is not None and out_dir is not None:
            # GraphML needs only the graph: a forked process writes it while the store is completed
            _EXPORT["graph"] = g
            graphml = multiprocessing.get_context("fork").Pool(1, initializer=_ignore_sigint)
            graphml_done = graphml.apply_async(_export_one, _export_tasks(store, out_dir, ["graphml"]))

        stale = tuple(sorted(d for d in loader.present if d not in g.documents))
        if stale:
            loader.load(b"", drop=stale)
        loader.load(to_nquads(project(g, graphs=(COMMON,))), drop=(COMMON, DERIVED), name=COMMON)
        # derived edges only join nodes of other graphs: projected in chunks, by the workers too
        chunks = (pool.imap_unordered(_project_edges, _derived_tasks(g)) if pool is not None
                  else map(_project_edges, _derived_tasks(g)))
        buffered: list[bytes] = []
        for nquads in chunks:
            buffered.append(nquads)
            if sum(map(len, buffered)) >= loader.limit:
                loader.load(b"".join(buffered))
                buffered = []
        loader.load(b"".join(buffered))
        loader.finish()
        rdf.store.flush()
        rdf.close()
        if spool is not None and (source is None or not loader.spool_ok):  # then the exports read the store
            spool.unlink()
            source = None
        t0 = step("store", t0)
        writer.complete()  # the store is whole: what is left writes into OUT

        # the store's counts (a few passes over it) are taken beside the exports
        counting = pool.apply_async(_count, (str(store),)) if pool is not None else None
        result = BuildResult(batch, errors, g, store, _count(str(store)) if counting is None else {}, jobs=jobs)
        if out_dir is not None and formats:
            _EXPORT["graph"] = g
            rdf_tasks = _export_tasks(store, out_dir, [f for f in formats if f != "graphml" or graphml is None],
                                      source)
            done_exports = (pool.imap_unordered(_export_one, rdf_tasks) if pool is not None
                            else map(_export_one, rdf_tasks))
            if graphml is not None:
                done_exports = itertools.chain(done_exports, [graphml_done.get()])
            for fmt, path, seconds in itertools.chain.from_iterable(done_exports):
                timings[f"export:{fmt}"] = seconds
                if fmt not in formats:  # read from the store only to convert to the formats asked for
                    continue
                result.exports[fmt] = Path(path)
                if progress is not None:
                    progress(f"export:{fmt}", 1, 1)
            result.exports = {fmt: result.exports[fmt] for fmt in formats}
            timings["exports"] = time.perf_counter() - t0
        if counting is not None:
            result.rdf = counting.get()
    finally:
        _EXPORT.clear()
        if loader is not None:
            loader.close()
        for p in (pool, graphml):
            if p is not None:
                p.terminate()
                p.join()
        if rdf is not None:
            rdf.close()
        if spool is not None:
            spool.unlink(missing_ok=True)
    result.seconds = time.perf_counter() - t_start
    result.timings = timings
    log.info("built %d documents (%d failed) into %s in %.1f s (%.1f documents/s, %d jobs)", len(batch),
             len(errors), store, result.seconds, result.documents_per_second, jobs)
    return result
