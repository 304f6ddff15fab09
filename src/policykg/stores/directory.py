"""The persisted store that ``policykg build`` writes and every other command reads.

Layout of a store directory (default :data:`DEFAULT_STORE`)::

    DIR/documents -> current/documents   the extracted documents (PolicyDocument.to_dict(with_text=True))
    DIR/rdf       -> current/rdf         the on-disk pyoxigraph store (one named graph per document)
    DIR/current   -> gen-<id>            the generation readers see
    DIR/gen-<id>/                        a generation: its documents/ and rdf/
    DIR/gen-<id>/.hold                   shared-``flock``ed by a reader using that generation (:func:`holding`)
    DIR/.lock                            held by the one process writing the store (policykg.stores.integrity)

A build is a transaction (:func:`transaction`): it writes a new generation, made from the current one
with hard links (the saved documents, and pyoxigraph's backup of the RDF store, which links its
immutable files), and commits by replacing the ``current`` link, one atomic rename.  A build that
fails or is interrupted leaves the current generation as it was, and readers go on reading it; the
generation it left is deleted by the next build. A generation a reader holds (:func:`holding`: a query of
``policykg serve`` while it runs) is not deleted when a build replaces it, but by a later build.

The documents are the source of truth: :func:`load_graph` rebuilds the graph model from them.
:func:`write_saved` and :func:`read_saved` are the one place their JSON is written and read.

Examples
--------
>>> import tempfile
>>> from policykg.pipeline import run
>>> from policykg.schema.models import PolicyDocument
>>> d = tempfile.mkdtemp()
>>> _ = run([PolicyDocument("d1", "d1.txt", "", "关于支持区块链的若干措施", "funding_measures")], store=d)
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

import contextlib
import dataclasses
import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from policykg.errors import StoreError
from policykg.stores.integrity import check_marker, writing
from policykg.stores.rdf import RDFStore
from policykg.stores.rdf_io import RDF_FORMATS

if TYPE_CHECKING:  # imported where used: opening a store to query it needs neither
    from policykg.graph.model import PolicyGraph
    from policykg.schema.models import PolicyDocument

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; generations are deleted as before
    fcntl = None  # type: ignore[assignment]

__all__ = ["DEFAULT_STORE", "documents_dir", "rdf_dir", "is_store", "list_documents", "read_documents",
           "read_saved", "write_saved", "load_graph", "open_store", "holding", "transaction", "Transaction", "export_store",
           "EXPORTS", "EXPORT_FORMATS"]

log = logging.getLogger(__name__)

DEFAULT_STORE = Path(".policykg") / "store"
#: what ``build`` writes by default
EXPORTS: tuple[str, ...] = ("ttl", "nt", "trig", "jsonld", "graphml")
#: what ``export`` can write
EXPORT_FORMATS: tuple[str, ...] = tuple(RDF_FORMATS) + ("graphml",)
CURRENT = "current"
_GEN = "gen-"
#: in each generation: the file a reader ``flock``s shared while it uses the generation
HOLD = ".hold"


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


def write_saved(path: Path, data: dict[str, Any]) -> None:
    """Write a document's JSON (``PolicyDocument.to_dict()``, with ``text`` for the store) to ``path``.

    Raises
    ------
    StoreError
        When the file cannot be written (a full disk), naming it; nothing is left at ``path``.
    """
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise StoreError.cannot_write(path, exc) from exc


def read_saved(path: Path, *, text: bool = True) -> PolicyDocument:
    """The document saved at ``path`` (without its text unless ``text``); StoreError naming an unreadable file."""
    from policykg.schema.models import PolicyDocument

    try:
        doc = PolicyDocument.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: cannot be read as a saved document ({exc}); "
                         f"delete it or run policykg build again") from exc
    return doc if text else dataclasses.replace(doc, text="")


def read_documents(store: str | Path, *, text: bool = True) -> list[PolicyDocument]:
    """The saved documents, sorted by id (StoreError naming an unreadable file)."""
    return [read_saved(documents_dir(store) / f"{doc_id}.json", text=text) for doc_id in list_documents(store)]


def load_graph(store: str | Path = DEFAULT_STORE) -> PolicyGraph:
    """The graph model of the documents saved in ``store``."""
    from policykg.graph.build import build_graph

    return build_graph(read_documents(store, text=False))


def open_store(store: str | Path = DEFAULT_STORE, *, read_only: bool = True) -> RDFStore:
    """The RDF store of ``store`` (read-only by default, so a running server can share it).

    Read-only, it refuses (StoreError saying what to run) a store that an interrupted or failed
    ``policykg remove`` left (:func:`policykg.stores.integrity.check_marker`).
    """
    _require(store)
    if read_only:
        check_marker(store)
    if read_only and not (rdf_dir(store) / "CURRENT").exists():
        raise StoreError(f"{store}: has documents but no RDF store (run policykg build again)")
    return RDFStore(rdf_dir(store), read_only=read_only)


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


# -- builds as transactions ------------------------------------------------------------------------------

@dataclasses.dataclass
class Transaction:
    """A new generation of a store being written (:func:`transaction`); :meth:`commit` makes it current."""

    store: Path
    dir: Path
    committed: bool = False

    @property
    def documents(self) -> Path:
        """The generation's ``documents/``."""
        return self.dir / "documents"

    @property
    def rdf(self) -> Path:
        """The generation's ``rdf/`` (the pyoxigraph store)."""
        return self.dir / "rdf"

    def commit(self) -> None:
        """Make this generation the one readers see (one atomic rename), then delete the one it replaces."""
        current = self.store / CURRENT
        old = current.resolve() if current.is_symlink() else None
        tmp = self.store / f".{CURRENT}.{os.getpid()}.tmp"
        try:
            tmp.unlink(missing_ok=True)
            os.symlink(self.dir.name, tmp)
            os.replace(tmp, current)
            _fsync_dir(self.store)
            for name in ("documents", "rdf"):
                link = self.store / name
                if not link.is_symlink():
                    os.symlink(f"{CURRENT}/{name}", link)
        except OSError as exc:
            raise StoreError.cannot_write(current, exc) from exc
        self.committed = True
        if old is not None and old != self.dir.resolve():
            _delete_generation(old)
        log.info("store %s: generation %s is current", self.store, self.dir.name)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _delete_generation(gen: Path) -> bool:
    """Delete ``gen`` unless a reader holds it (:func:`holding`); whether it was deleted.

    The exclusive lock is held while the directory is removed, so a reader that opened the hold file
    meanwhile finds the generation gone once it gets its shared lock, and looks again.
    """
    try:
        fd = os.open(gen / HOLD, os.O_RDONLY)
    except OSError:  # no hold file: a generation from before holds, or one never committed
        shutil.rmtree(gen, ignore_errors=True)
        return True
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                log.info("generation %s is kept: a reader holds it (a later build deletes it)", gen.name)
                return False
        shutil.rmtree(gen, ignore_errors=True)
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def holding(store: str | Path) -> Iterator[Path]:
    """The current generation of ``store`` (its directory), which no build deletes while the block runs.

    A shared ``flock`` on the generation's hold file: a build that replaces the generation meanwhile leaves
    it in place (:func:`_delete_generation`), so a reader that opened it (an ``oxigraph query`` process of
    ``policykg serve``) never finds its files gone. A store without generations yields its directory.
    """
    store = Path(store)
    for _ in range(20):
        current = store / CURRENT
        if not current.is_symlink():
            yield store
            return
        gen = current.resolve()
        try:
            fd = os.open(gen / HOLD, os.O_RDONLY)
        except FileNotFoundError:
            if gen.is_dir():  # committed before generations had hold files: nothing to hold
                yield gen
                return
            continue  # deleted just now: the link names a newer one
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a build deletes the generation
            if (gen / HOLD).exists():
                yield gen
                return
        finally:
            os.close(fd)
    raise StoreError(f"{store}: its current generation keeps changing; try again")


def _adopt(store: Path) -> None:
    """Turn a store of the layout before generations (real ``documents/`` and ``rdf/``), or one copied with its
    links followed, into generation 0."""
    docs, rdf = documents_dir(store), rdf_dir(store)
    if docs.is_symlink() or not docs.is_dir():
        return
    current = store / CURRENT
    if current.is_dir() and not current.is_symlink():  # a store copied with its links followed: one copy is enough
        shutil.rmtree(current)
    gen = store / f"{_GEN}0"
    gen.mkdir(exist_ok=True)
    (gen / HOLD).touch()
    docs.rename(gen / "documents")
    if rdf.is_dir() and not rdf.is_symlink():
        rdf.rename(gen / "rdf")
    Transaction(store, gen).commit()


def _new_generation(store: Path) -> Path:
    """A new generation holding what the current one holds: documents hard-linked, the RDF store backed up."""
    gen = store / f"{_GEN}{time.time_ns():x}{os.getpid():x}"
    current = store / CURRENT
    (gen / "documents").mkdir(parents=True)
    (gen / HOLD).touch()
    if current.is_symlink():
        for path in (current / "documents").glob("*.json"):
            os.link(path, gen / "documents" / path.name)
        if (current / "rdf" / "CURRENT").exists():
            with RDFStore(current / "rdf", read_only=True) as rdf:
                rdf.store.backup(str(gen / "rdf"))  # hard links to the immutable files
    return gen


@contextlib.contextmanager
def transaction(store: str | Path, what: str = "build") -> Iterator[Transaction]:
    """Hold the lock of ``store`` and write a new generation; it becomes current only by :meth:`Transaction.commit`.

    Generations that no ``current`` link names (left by a build that was killed) are deleted first; a
    generation that was not committed when the block ends (an error, Ctrl-C) is deleted, and the store
    is as it was.

    Raises
    ------
    StoreError
        When another process is writing the store, or the directory cannot be written.
    """
    store = Path(store)
    with writing(store, what, marker=False):
        try:
            _adopt(store)
            current = (store / CURRENT).resolve() if (store / CURRENT).is_symlink() else None
            for stale in store.glob(f"{_GEN}*"):
                if stale != current:
                    _delete_generation(stale)
            txn = Transaction(store, _new_generation(store))
        except OSError as exc:
            raise StoreError.cannot_write(store, exc) from exc
        try:
            yield txn
        finally:
            if not txn.committed:
                shutil.rmtree(txn.dir, ignore_errors=True)
