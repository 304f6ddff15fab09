"""BulkLoader: batches in order, deferred loading from the spool, failures raised by finish()."""
from __future__ import annotations

import pytest

from policykg.errors import StoreError
from policykg.graph.keys import graph_iri
from policykg.stores.bulk import BulkLoader
from policykg.stores.rdf import RDFStore


def _nq(doc: str, value: str) -> bytes:
    return f'<urn:s:{doc}> <urn:p> "{value}" <{graph_iri(doc)}> .\n'.encode()


def _values(rdf: RDFStore) -> dict[str, str]:
    rows = rdf.query("SELECT ?s ?o WHERE { ?s <urn:p> ?o }")
    return {r["s"]: r["o"] for r in rows}


@pytest.mark.parametrize("deferred", [False, True])
def test_batches_load_in_order_and_the_last_graph_given_wins(tmp_path, deferred):
    rdf = RDFStore()
    loader = BulkLoader(rdf, tmp_path / "spool.nq", limit=1, deferred=deferred)  # a batch per document
    loader.add("a", _nq("a", "1"))
    loader.add("b", _nq("b", "1"))
    loader.add("a", _nq("a", "2"))  # given again: replaces the first
    if deferred:
        assert len(rdf) == 0  # nothing is loaded before start()
    loader.finish()
    assert _values(rdf) == {"urn:s:a": "2", "urn:s:b": "1"}
    assert len(rdf) == 2
    assert (tmp_path / "spool.nq").read_bytes() == _nq("a", "1") + _nq("b", "1") + _nq("a", "2")
    assert loader.spool_ok is False  # "a" went to the spool twice: it is no copy of the store


def test_load_drops_graphs_first(tmp_path):
    rdf = RDFStore()
    loader = BulkLoader(rdf, tmp_path / "spool.nq", deferred=True)
    loader.add("a", _nq("a", "1"))
    loader.load(_nq("c", "9"), drop=("a",), name="c")
    loader.finish()
    assert _values(rdf) == {"urn:s:c": "9"}


def test_a_failed_batch_is_raised_and_later_batches_are_skipped(tmp_path):
    rdf = RDFStore()
    loader = BulkLoader(rdf, tmp_path / "spool.nq", limit=1, deferred=True)
    loader.add("a", _nq("a", "1"))
    loader.add("bad", b"<urn:s> <urn:p> this is not N-Quads\n")
    loader.add("c", _nq("c", "1"))
    with pytest.raises(StoreError, match="cannot load N-Quads"):
        loader.finish()
    assert _values(rdf) == {"urn:s:a": "1"}


def test_a_deferred_loader_needs_a_spool():
    with pytest.raises(ValueError, match="spool"):
        BulkLoader(RDFStore(), None, deferred=True)


def test_close_stops_the_thread_without_loading_the_rest(tmp_path):
    rdf = RDFStore()
    loader = BulkLoader(rdf, tmp_path / "spool.nq", limit=1, deferred=True)
    loader.add("a", _nq("a", "1"))
    loader.close()  # never started: nothing loaded, no thread left behind
    assert len(rdf) == 0
