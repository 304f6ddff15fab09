"""What the worker processes of the corpus pipeline (:func:`policykg.pipeline.run`) do.

One document per task (:func:`build_one`): read and extract it (or take it as given), write its
JSON files, build its graph (:func:`policykg.graph.build.add_document`, the only time it is built)
and project its named graph to N-Quads, so the main process only merges graphs and loads bytes.
Then the corpus-wide ``derived`` graph is projected in chunks (:func:`project_edges`) and the
exports are written in groups (:func:`export_one`).  Workers ignore Ctrl-C: the main process
handles it and terminates the pool, so no worker dies inside a lock of the pool.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from policykg.errors import InputError, StoreError
from policykg.graph.model import DERIVED, PolicyGraph
from policykg.schema.models import PolicyDocument

__all__ = ["Built", "Task", "build_one", "project_edges", "derived_tasks", "pool", "export_one", "export_tasks",
           "count", "ignore_sigint", "EXPORT_GRAPH"]

#: ``(n, item, saved_dir, extract_dir, rdf)``: the n-th input (a path, a document, or the error of a path),
#: where to save its JSON (None: not saved), where to write its extraction (None: not written), and
#: whether to project its named graph to N-Quads
Task = tuple[int, "Path | PolicyDocument | InputError", "Path | None", "Path | None", bool]


@dataclass
class Built:
    """What a worker sends back for one document: never its text."""

    doc: PolicyDocument  # text dropped
    part: PolicyGraph  # the document's graph, merged by policykg.graph.build.merge_document
    words: dict[str, tuple[str, ...]]  # measure key -> its words for the overlap
    nquads: bytes | None = None  # its named graph
    saved: Path | None = None  # SAVED/.<doc_id>.<n>.tmp, renamed in input order by the main process
    extracted: Path | None = None  # OUT/extract/.<doc_id>.<n>.tmp


def tmp_path(directory: Path, doc_id: str, n: int) -> Path:
    """The temporary name of the n-th document's file in ``directory``."""
    return directory / f".{doc_id}.{n}.tmp"


def _read(item: Path | PolicyDocument) -> PolicyDocument | InputError:
    from policykg.loaders.document import read_or_error

    return read_or_error(item)


def build_one(task: Task) -> Built | InputError:
    """Extract one document, write its JSON files, build and project its graph (see the module docstring)."""
    from policykg.graph.build import add_document
    from policykg.graph.overlap import measure_words
    from policykg.stores.directory import write_saved

    n, item, ddir, edir, rdf = task
    if isinstance(item, InputError):
        return item
    doc = _read(item)
    if isinstance(doc, InputError):
        return doc
    built = Built(dataclasses.replace(doc, text=""), PolicyGraph(), {})
    if edir is not None or ddir is not None:
        data = doc.to_dict()
        if edir is not None:
            built.extracted = tmp_path(edir, doc.doc_id, n)
            write_saved(built.extracted, data)
        if ddir is not None:
            data["text"] = doc.text  # what to_dict(with_text=True) gives: the store keeps the text
            built.saved = tmp_path(ddir, doc.doc_id, n)
            write_saved(built.saved, data)
        del data
    del doc
    add_document(built.part, built.doc)
    if rdf:
        from policykg.stores.rdf_io import to_nquads
        from policykg.stores.rdf_mapping import project

        built.nquads = to_nquads({built.doc.doc_id: project(built.part)[built.doc.doc_id]})
    built.words = {m.key: tuple(measure_words(m.get("title") or m.name, m.get("text") or ""))
                   for m in built.part.by_label("Measure")}
    return built


def project_edges(task: tuple[dict, list]) -> bytes:
    """N-Quads of corpus-wide edges (``derived``); ``nodes`` holds their source nodes."""
    from policykg.stores.rdf_io import to_nquads
    from policykg.stores.rdf_mapping import project

    nodes, edges = task
    g = PolicyGraph(nodes=nodes, edges={e.key: e for e in edges})
    return to_nquads(project(g, graphs=(DERIVED,)))


def derived_tasks(g: PolicyGraph, size: int = 4000) -> Iterator[tuple[dict, list]]:
    """The ``derived`` edges of ``g`` in chunks for :func:`project_edges`, with their source nodes."""
    edges = sorted((e for e in g.edges.values() if e.graph == DERIVED), key=lambda e: e.key)
    for lo in range(0, len(edges), size):
        chunk = edges[lo:lo + size]
        yield {e.src: g.nodes[e.src] for e in chunk if e.src in g.nodes}, chunk


def ignore_sigint() -> None:
    """A worker's initializer: Ctrl-C reaches the whole process group, and only the main process handles it
    (it terminates the pool), so no worker dies with a traceback or inside a lock of the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool(jobs: int):  # -> multiprocessing.pool.Pool | None
    """A pool of ``jobs`` workers that ignore Ctrl-C (None for one job)."""
    if jobs == 1:
        return None
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ctx.Pool(jobs, initializer=ignore_sigint)


# -- exports, in parallel ---------------------------------------------------------------------------

#: the graph for GraphML, inherited by forked export workers
EXPORT_GRAPH: dict[str, Any] = {}


def export_one(task: tuple[str, list[str], str, str | None]) -> list[tuple[str, str, float]]:
    """Write a group of exports: GraphML from the graph, or RDF formats from the N-Quads of the build
    (``source``), else sharing one read of the store."""
    from policykg.stores.directory import export_store, open_store
    from policykg.stores.rdf_io import export_nquads

    store, formats, out_dir, source = task
    paths = {fmt: str(Path(out_dir) / f"graph.{fmt}") for fmt in formats}
    try:
        if formats == ["graphml"]:
            t0 = time.perf_counter()
            export_store(store, "graphml", paths["graphml"], graph=EXPORT_GRAPH.get("graph"))
            return [("graphml", paths["graphml"], time.perf_counter() - t0)]
        if source is not None:
            seconds = export_nquads(source, paths)
        else:
            with open_store(store) as rdf:
                seconds = rdf.dump_many(paths)
    except OSError as exc:  # a full disk
        raise StoreError.cannot_write(" or ".join(paths.values()), exc) from exc
    return [(fmt, paths.get(fmt, ""), s) for fmt, s in seconds.items()]


def export_tasks(store: Path, out_dir: Path, formats: list[str],
                 source: Path | None = None) -> list[tuple[str, list[str], str, str | None]]:
    """Export groups, the longest first (so that the last to finish is a short one): GraphML; the formats
    with named graphs (nq, trig, jsonld) sharing one read of the store, or (from the build's N-Quads
    ``source``) each on its own, JSON-LD before the merged formats (nt, ttl) and TriG, the N-Quads last."""
    graphml = [f for f in formats if f == "graphml"]
    named = [f for f in formats if f in ("nq", "trig", "jsonld")]
    merged = [f for f in formats if f in ("nt", "ttl")]
    if source is None:
        groups = [graphml, named, merged]
    else:
        groups = [graphml, [f for f in named if f == "jsonld"], merged, *([f] for f in ("trig", "nq") if f in named)]
    return [(str(store), group, str(out_dir), str(source) if source else None) for group in groups if group]


def count(store: str) -> dict[str, Any]:
    """The counts of a store's RDF store (:meth:`policykg.stores.rdf.RDFStore.counts`)."""
    from policykg.stores.directory import open_store

    with open_store(store) as rdf:
        return rdf.counts()
