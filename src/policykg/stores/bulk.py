"""Graphs' N-Quads bulk-loaded into the RDF store in batches, in the caller's thread or a loader thread.

``policykg build`` hands every named graph it makes to a :class:`BulkLoader`.
Graphs are buffered and loaded in batches of about 48 MB with pyoxigraph's bulk
loader, and every graph is also appended to a *spool* file: the N-Quads of the
whole store, from which the exports are written without reading the store back.

A *deferred* loader (``policykg build --jobs 2`` and more) only records where
each batch sits in the spool file; a loader thread reads the batches back and
loads them once :meth:`BulkLoader.start` is called.  The build calls it when the
worker processes have finished extracting, so the store is loaded while the main
process builds the graph model, on the core the workers no longer use
(pyoxigraph releases the GIL while it loads).  Batches are loaded in the order
they were made, so a graph given twice ends as the last one given.

Examples
--------
>>> import tempfile, pathlib
>>> from policykg.stores.rdf import RDFStore
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> rdf = RDFStore()
>>> loader = BulkLoader(rdf, tmp / "all.nq", deferred=True)
>>> loader.add("a", b'<urn:s> <urn:p> "1" <https://w3id.org/policykg/graph/a> .\\n')
>>> len(rdf), loader.flush(), len(rdf)   # recorded, not loaded yet
(0, None, 0)
>>> loader.finish(); len(rdf), loader.spool.read_bytes().count(b"\\n")
(1, 1)
"""
from __future__ import annotations

import contextlib
import logging
import queue
import threading
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from policykg.errors import StoreError
from policykg.graph.model import DERIVED

__all__ = ["BulkLoader"]

log = logging.getLogger(__name__)

_STOP = object()


class BulkLoader:
    """Buffer graphs' N-Quads and bulk-load them into ``rdf`` (an ``RDFStore``), appending them to ``spool``.

    Parameters
    ----------
    rdf
        The store (:class:`policykg.stores.rdf.RDFStore`), opened for writing.
    spool
        File receiving the N-Quads of every graph added, loaded or written; None: no file (only
        for a loader that is not deferred).
    limit
        Bytes buffered before a batch is made.
    deferred
        Load the batches in a loader thread from :meth:`start` on, reading them back from ``spool``.
    """

    def __init__(self, rdf: Any, spool: str | Path | None = None, *, limit: int = 48 << 20,
                 deferred: bool = False) -> None:
        if deferred and spool is None:
            raise ValueError("a deferred loader reads its batches back from a spool file")
        self.rdf, self.limit, self.deferred = rdf, limit, deferred
        self.spool = Path(spool) if spool is not None else None
        try:
            self._out: BinaryIO | None = open(self.spool, "wb") if self.spool is not None else None  # noqa: SIM115
        except OSError as exc:
            raise StoreError.cannot_write(self.spool, exc) from exc
        self._offset = 0
        self.present = set(rdf.documents())
        self.pending: dict[str, bytes] = {}
        self.size = 0
        self.spooled: set[str] = set()
        #: False once a document's graph went to the spool twice: the spool then is no copy of the store
        self.spool_ok = self.spool is not None
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    # -- what the build calls ---------------------------------------------------------------------
    def add(self, doc_id: str, nquads: bytes) -> None:
        """Buffer a document's graph (replacing one already in the store); a batch is made at ``limit``."""
        self.size += len(nquads) - len(self.pending.get(doc_id, b""))
        self.pending[doc_id] = nquads
        if self.size >= self.limit:
            self.flush()

    def write(self, name: str, nquads: bytes) -> None:
        """Append a graph that is in the store already to the spool only."""
        self._append(name, nquads)

    def load(self, nquads: bytes, drop: tuple[str, ...] = (), name: str = DERIVED) -> None:
        """Drop the graphs ``drop``, then load ``nquads`` (part of graph ``name``), after every earlier batch."""
        self.flush()
        self._submit(list(drop), self._append(name, nquads), nquads)

    def flush(self) -> None:
        """Make a batch of the buffered documents."""
        if not self.pending:
            return
        data = b"" if self.deferred else b"".join(self.pending.values())  # deferred: read back from the spool
        drop = [d for d in self.pending if d in self.present]
        self.present.update(self.pending)
        start = self._offset
        for name, nquads in self.pending.items():
            self._append(name, nquads)
        self.pending, self.size = {}, 0
        self._submit(drop, (start, self._offset - start), data)

    def start(self) -> None:
        """Begin loading the batches made so far and every later one (a deferred loader)."""
        if self.deferred and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="policykg-bulk-loader", daemon=True)
            self._thread.start()

    def end_spool(self) -> None:
        """Make the last batch and close the spool: it then holds every graph given."""
        self.flush()
        if self._out is not None:
            with self._writing():
                self._out.close()

    def finish(self) -> None:
        """Make the last batch, close the spool and wait until every batch is in the store.

        Raises
        ------
        StoreError
            When a batch could not be loaded (the first failure; later batches were skipped).
        """
        self.end_spool()
        if self.deferred:
            self.start()
            self._queue.put(_STOP)
            assert self._thread is not None
            self._thread.join()
        if self._error is not None:
            raise self._error if isinstance(self._error, StoreError) else StoreError(
                f"loading the store failed: {self._error}") from self._error

    def close(self) -> None:
        """Stop the loader thread without waiting for the batches left (after a failure)."""
        if self._out is not None and not self._out.closed:
            with contextlib.suppress(OSError):  # after a failure: the disk may still be full
                self._out.close()
        if self._thread is not None and self._thread.is_alive():
            self._error = self._error or StoreError("the build was interrupted while loading the store")
            while True:  # drop what is queued, then stop
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break
            self._queue.put(_STOP)
            self._thread.join()

    # -- internals --------------------------------------------------------------------------------
    def _append(self, name: str, nquads: bytes) -> tuple[int, int]:
        start = self._offset
        if self._out is not None:
            if name in self.spooled and name != DERIVED:
                self.spool_ok = False
            self.spooled.add(name)
            with self._writing():
                self._out.write(nquads)
            self._offset += len(nquads)
        return start, len(nquads)

    def _submit(self, drop: list[str], region: tuple[int, int], data: bytes) -> None:
        if not self.deferred:
            self.rdf.replace_graphs(drop, data, bulk=True)
            return
        assert self._out is not None
        with self._writing():
            self._out.flush()  # the loader thread reads the region back from the file
        self._queue.put((drop, region))

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """An OSError writing the spool (a full disk) as a StoreError naming it."""
        try:
            yield
        except OSError as exc:
            raise StoreError.cannot_write(self.spool, exc) from exc

    def _run(self) -> None:
        with open(self.spool, "rb") as spool:  # type: ignore[arg-type]
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                if self._error is not None:
                    continue
                drop, (start, length) = item
                try:
                    spool.seek(start)
                    self.rdf.replace_graphs(drop, spool.read(length), bulk=True)
                except BaseException as exc:  # noqa: BLE001 - raised by finish() in the build's thread
                    log.error("loading a batch into the store failed: %s", exc)
                    self._error = exc
