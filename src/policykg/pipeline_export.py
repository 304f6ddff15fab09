"""Step 4 of the corpus pipeline (:func:`policykg.pipeline.run`): the exports into ``OUT``.

Each export is written into a staging directory, ``OUT/.exports.tmp``, as soon as what it is
written from is complete, and moved into ``OUT`` only once the store's new generation is committed
(:meth:`Exports.publish`): a build that fails leaves the exports of ``OUT`` as they were.

* GraphML is written from the graph model, by a process forked once the graph is built (it
  inherits the graph: :data:`policykg.workers.EXPORT_GRAPH`), while the store is completed;
* the RDF formats are written from the N-Quads the build streamed (the spool of
  :class:`policykg.stores.bulk.BulkLoader`) by the pool's workers, as soon as the spool holds the whole
  store: while the store finishes loading and is compacted (without a spool that is a copy of the store,
  from the committed store).  The longest exports are started first
  (:func:`policykg.workers.export_tasks`), so that no single one is left running alone at the end.

With one job (no pool) the exports are written in the main process after the commit, one after the other.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import time
from pathlib import Path
from typing import Any, Iterable

from policykg import workers
from policykg.graph.model import PolicyGraph

__all__ = ["Exports", "STAGING"]

log = logging.getLogger(__name__)

#: the directory of ``OUT`` the exports are written into before the store is committed
STAGING = ".exports.tmp"

Written = list[tuple[str, str, float]]  # (format, path, seconds) as workers.export_one returns them


class Exports:
    """The exports of one build: started as their sources are complete, published after the commit.

    Parameters
    ----------
    store
        The store directory (the exports read it when there is no spool).
    out
        The output directory; the exports are staged in ``out / STAGING``.
    formats
        The formats asked for (:data:`policykg.pipeline.EXPORT_FORMATS`).
    pool
        The build's worker pool (None: one job, everything written in the main process).
    """

    def __init__(self, store: Path, out: Path, formats: list[str], pool: Any) -> None:
        self.store, self.out, self.formats, self.pool = store, out, formats, pool
        self.staging = out / STAGING
        shutil.rmtree(self.staging, ignore_errors=True)  # the leftovers of an interrupted build
        self.staging.mkdir(parents=True)
        self._jobs: list[Any] = []  # AsyncResults of the workers, or what the main process wrote
        self._graphml_pool: Any = None
        self._rdf_started = False
        self._t0: float | None = None

    def start_graphml(self, g: PolicyGraph) -> None:
        """Start writing GraphML from the graph ``g`` in a forked process (with a pool; else it is written
        from ``g`` by :meth:`start`)."""
        workers.EXPORT_GRAPH["graph"] = g
        if "graphml" not in self.formats or self.pool is None:
            return
        self._begin()
        self._graphml_pool = multiprocessing.get_context("fork").Pool(1, initializer=workers.ignore_sigint)
        task = workers.export_tasks(self.store, self.staging, ["graphml"])[0]
        self._jobs.append(self._graphml_pool.apply_async(workers.export_one, (task,)))

    def start(self, source: Path | None, *, early: bool = False) -> None:
        """Start the exports not started yet: from ``source`` (the build's N-Quads of the whole store), or
        from the store when None.  ``early`` (before the commit) starts them only when there is a pool."""
        if self._rdf_started or (early and self.pool is None):
            return
        self._rdf_started = True
        self._begin()
        formats = [f for f in self.formats if f != "graphml" or self._graphml_pool is None]
        tasks = workers.export_tasks(self.store, self.staging, formats, source)
        if early:
            log.info("exports started while the store is completed: %s", ", ".join(formats))
        if self.pool is None:
            self._jobs.extend(workers.export_one(task) for task in tasks)
        else:
            self._jobs.extend(self.pool.apply_async(workers.export_one, (task,)) for task in tasks)

    def publish(self, timings: dict[str, float], progress: Any = None) -> dict[str, Path]:
        """Wait for every export started and move it into ``OUT`` (call once the store is committed).

        Records each format's seconds (``export:<fmt>``) and, as ``exports``, the wall time from the
        first export started to the last one published in ``timings``; returns ``{format: path}`` in
        the order of the formats asked for.
        """
        written: dict[str, Path] = {}
        for job in self._jobs:
            for fmt, path, seconds in self._result(job):
                timings[f"export:{fmt}"] = seconds
                if fmt not in self.formats:  # read from the store only to convert to the formats asked for
                    continue
                final = self.out / Path(path).name
                os.replace(path, final)
                written[fmt] = final
                if progress is not None:
                    progress(f"export:{fmt}", 1, 1)
        if self._t0 is not None:
            timings["exports"] = time.perf_counter() - self._t0
        return {fmt: written[fmt] for fmt in self.formats}

    def close(self) -> None:
        """Stop the GraphML process and drop the staging directory (after success or failure; the
        build's pool is terminated first, so that no worker still writes into it)."""
        if self._graphml_pool is not None:
            self._graphml_pool.terminate()
            self._graphml_pool.join()
            self._graphml_pool = None
        workers.EXPORT_GRAPH.clear()
        shutil.rmtree(self.staging, ignore_errors=True)

    def _begin(self) -> None:
        if self._t0 is None:
            self._t0 = time.perf_counter()

    @staticmethod
    def _result(job: Any) -> Iterable[tuple[str, str, float]]:
        return job.get() if hasattr(job, "get") else job
