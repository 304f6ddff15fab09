"""Keeping a store whole: one writer at a time, and a check of what it holds.

Every process that changes a store (``policykg build`` and ``policykg remove``, both
:func:`policykg.pipeline.run`) holds its lock, ``DIR/.lock`` (an ``flock``), from before it touches
anything in the directory until it is done; a second writer is refused with a message naming the
first (:func:`writing`).  A build writes a new generation of the store and commits it atomically
(:func:`policykg.stores.directory.transaction`), so a build that is interrupted, killed or fails leaves
the store as it was.  ``DIR/build-in-progress``, the marker a write kept while it changed the store in
place, is still honoured (:func:`check_marker`): a store an older version left half written is refused
with what to run.

:func:`check_store` compares the saved documents with the RDF store: the same documents, and every
measure the ``derived`` graph refers to still in a document's graph.

Examples
--------
>>> import tempfile, pathlib
>>> store = pathlib.Path(tempfile.mkdtemp())
>>> with writing(store, "build") as w:
...     (store / MARKER).exists()
True
>>> (store / MARKER).exists(), check_marker(store)
(False, None)
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from policykg.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; the marker alone tells a reader
    fcntl = None  # type: ignore[assignment]

__all__ = ["MARKER", "LOCK", "Writer", "writing", "check_marker", "StoreCheck", "check_store"]

log = logging.getLogger(__name__)

#: left in a store by a write that did not finish
MARKER = "build-in-progress"
#: the file whose ``flock`` a writer holds
LOCK = ".lock"
#: seconds a writer retries the lock (a reader's check holds it shared for an instant)
_GRACE = 2.0
#: lock files this process holds open: a forked child (a worker) closes its copies, so the lock never
#: outlives the writer in an orphaned worker
_HELD: set[int] = set()
_REBUILD = ("run policykg build again on the corpus (with --replace to rebuild it from exactly that corpus, "
            "or with --store DIR to build a new store)")


def _marker(store: Path) -> dict[str, Any]:
    try:
        return json.loads((store / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _holder(store: Path) -> dict[str, Any]:
    try:
        return json.loads((store / LOCK).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _who(info: dict[str, Any]) -> str:
    what = info.get("what", "build")
    return f"policykg {what} (pid {info.get('pid', '?')}, started {info.get('started', '?')})"


class Writer:
    """The lock of a store being written (:func:`writing`); :meth:`complete` once the store is whole again."""

    def __init__(self, store: Path, what: str) -> None:
        self.store, self.what = store, what
        self.completed = False

    def complete(self) -> None:
        """The store is whole (what is left to do writes elsewhere): remove the marker, keep the lock."""
        (self.store / MARKER).unlink(missing_ok=True)
        self.completed = True


def _close_inherited() -> None:
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)  # the parent's descriptor still holds the lock
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited)


def _lock(fd: int, shared: bool) -> bool:
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _write_marker(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


@contextlib.contextmanager
def writing(store: str | Path, what: str = "build", *, marker: bool = True) -> Iterator[Writer]:
    """Hold the lock of ``store`` (created if needed) and keep the marker until the block ends without error.

    Without ``marker`` (a build, which writes a new generation: :func:`policykg.stores.directory.transaction`)
    no marker is written, since the store readers see is never changed in place; one left by an earlier
    write is removed when the block ends without error.

    Raises
    ------
    StoreError
        When another process is writing the store (the message names it), or the directory cannot be
        written.
    """
    store = Path(store)
    try:
        store.mkdir(parents=True, exist_ok=True)
        fd = os.open(store / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError.cannot_write(store / LOCK, exc) from exc
    _HELD.add(fd)
    try:
        deadline = time.monotonic() + _GRACE
        while not _lock(fd, shared=False):
            if time.monotonic() > deadline:
                raise StoreError(f"{store}: another {_who(_marker(store) or _holder(store))} is writing this store; "
                                 f"wait for it to finish, or use another --store")
            time.sleep(0.05)
        info = json.dumps({"what": what, "pid": os.getpid(), "started": time.strftime("%Y-%m-%d %H:%M:%S")})
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, info.encode(), 0)  # who holds the lock, for the message a second writer gets
            if marker:
                _write_marker(store / MARKER, info.encode())
        except OSError as exc:
            raise StoreError.cannot_write(store / MARKER, exc) from exc
        writer = Writer(store, what)
        yield writer  # an exception (or Ctrl-C) leaves the marker
        if not writer.completed:
            writer.complete()
    finally:
        _HELD.discard(fd)
        os.close(fd)  # releases the lock


def check_marker(store: str | Path) -> None:
    """Raise a StoreError when a write of ``store`` is under way, or was interrupted or failed."""
    store = Path(store)
    if not (store / MARKER).exists():
        return
    info = _marker(store)
    busy = False
    if fcntl is not None:
        try:
            fd = os.open(store / LOCK, os.O_RDONLY)
        except OSError:
            pass
        else:
            try:
                busy = not _lock(fd, shared=True)
            finally:
                os.close(fd)
    if busy:
        raise StoreError(f"{store}: {_who(info)} is writing this store now; wait for it to finish")
    raise StoreError(f"{store}: a {_who(info)} into this store was interrupted or failed, so its documents "
                     f"and its RDF store may disagree; {_REBUILD}")


@dataclass
class StoreCheck:
    """What :func:`check_store` found: counts, and what disagrees (empty lists when the store is whole)."""

    store: str
    documents: int
    graphs: int
    missing_graphs: list[str] = field(default_factory=list)  # saved, but not in the RDF store
    missing_documents: list[str] = field(default_factory=list)  # in the RDF store, but not saved
    dangling_measures: int = 0  # measures of the derived graph in no document's graph
    dangling_examples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the saved documents and the RDF store agree."""
        return not (self.missing_graphs or self.missing_documents or self.dangling_measures)

    def problems(self) -> list[str]:
        """One phrase per disagreement (none when the store is whole)."""
        def some(ids: list[str]) -> str:
            return ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")

        out = []
        if self.missing_graphs:
            out.append(f"{len(self.missing_graphs)} saved documents are not in the RDF store "
                       f"({some(self.missing_graphs)})")
        if self.missing_documents:
            out.append(f"{len(self.missing_documents)} documents of the RDF store are not saved "
                       f"({some(self.missing_documents)})")
        if self.dangling_measures:
            out.append(f"the derived graph refers to {self.dangling_measures} measures no document graph has "
                       f"(e.g. {some(self.dangling_examples)})")
        return out

    def message(self) -> str:
        """What disagrees and what to run, in one line ('' when the store is whole)."""
        if self.ok:
            return ""
        return f"{self.store}: the saved documents and the RDF store disagree: {'; '.join(self.problems())}; {_REBUILD}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {"store": self.store, "ok": self.ok, "documents": self.documents, "graphs": self.graphs,
                "missing_graphs": self.missing_graphs, "missing_documents": self.missing_documents,
                "dangling_measures": self.dangling_measures, "problems": self.problems(), "message": self.message()}


#: measures a graph refers to (as subject or object), and measures described (typed) anywhere
_REFERRED = ('SELECT DISTINCT ?m WHERE {{ GRAPH <{g}> {{ ?m ?p ?o }} FILTER (STRSTARTS(STR(?m), "{base}")) }}',
             'SELECT DISTINCT ?m WHERE {{ GRAPH <{g}> {{ ?s ?p ?m }} '
             'FILTER (isIRI(?m) && STRSTARTS(STR(?m), "{base}")) }}')
_DESCRIBED = 'SELECT DISTINCT ?m WHERE {{ ?m a ?t FILTER (STRSTARTS(STR(?m), "{base}")) }}'


def check_store(store: str | Path) -> StoreCheck:
    """Compare the saved documents of ``store`` with its RDF store (StoreError when either is missing).

    The marker of an unfinished write is reported first, as a StoreError (:func:`check_marker`).
    """
    from policykg.graph.keys import BASE, graph_iri, key_for_iri
    from policykg.graph.model import DERIVED
    from policykg.stores.directory import list_documents, open_store

    saved = list_documents(store)
    with open_store(store) as rdf:
        graphs = rdf.documents()
        # (the derived graph types only its own statements, never a measure)
        fill = {"g": graph_iri(DERIVED), "base": BASE + "measure/"}
        referred = {r["m"] for q in _REFERRED for r in rdf.query(q.format(**fill))}
        referred.difference_update(r["m"] for r in rdf.query(_DESCRIBED.format(**fill)))
    dangling = sorted(key_for_iri(m) for m in referred)
    saved_set, graph_set = set(saved), set(graphs)
    report = StoreCheck(str(store), len(saved), len(graphs),
                        missing_graphs=[d for d in saved if d not in graph_set],
                        missing_documents=[d for d in graphs if d not in saved_set],
                        dangling_measures=len(dangling), dangling_examples=dangling[:5])
    if not report.ok:
        log.warning("%s", report.message())
    return report
