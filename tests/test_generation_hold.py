"""A store generation a reader holds outlives the build that replaces it (issue 15).

``policykg serve`` runs each query in an ``oxigraph query`` process on the current generation; a build
committed meanwhile used to delete that generation under it. Now the query holds the generation
(``stores.directory.holding``: a shared flock on ``gen-*/.hold``) and the build keeps it; a later
build deletes it once nobody holds it.
"""
from __future__ import annotations

import dataclasses
import socket
import sys
from pathlib import Path

import pytest

from policykg.pipeline import run
from policykg.stores.directory import CURRENT, holding
from policykg.stores.rdf import RDFStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import require  # noqa: E402


def _gens(store: Path) -> list[Path]:
    return sorted(store.glob("gen-*"))


def _ids(location: Path) -> list[str]:
    with RDFStore(location, read_only=True) as rdf:
        return rdf.documents()


@pytest.fixture
def two_corpora(gold_docs):
    """The gold documents, and the same under other ids (a second corpus)."""
    return gold_docs[:2], [dataclasses.replace(d, doc_id=f"{d.doc_id}-b") for d in gold_docs[:2]]


def test_a_held_generation_is_kept_by_the_build_that_replaces_it(tmp_path, two_corpora):
    a, b = two_corpora
    store = tmp_path / "store"
    run(a, store=store)
    with holding(store) as held:
        run(b, store=store, replace=True)
        assert (store / CURRENT).resolve() != held and held.is_dir()  # replaced, not deleted
        assert _ids(held / "rdf") == sorted(d.doc_id for d in a)  # and still readable, whole
    assert len(_gens(store)) == 2
    run(b, store=store, replace=True)  # nobody holds it now: the next build deletes it
    assert not held.exists() and len(_gens(store)) == 1


def test_an_unheld_generation_is_deleted_when_replaced(tmp_path, two_corpora):
    a, b = two_corpora
    store = tmp_path / "store"
    run(a, store=store)
    [old] = _gens(store)
    run(b, store=store, replace=True)
    assert not old.exists() and len(_gens(store)) == 1


def test_a_serve_query_keeps_its_generation_while_a_build_commits(tmp_path, two_corpora, monkeypatch):
    from policykg.stores import serve

    try:
        serve.find_oxigraph()
    except Exception as exc:  # noqa: BLE001
        require(False, "the oxigraph server", str(exc))
    a, b = two_corpora
    store = tmp_path / "store"
    run(a, store=store)
    query = serve.SparqlServer._query

    def build_then_query(self, text, mime, location):  # a build commits while the query is on its way
        run(b, store=store, replace=True)
        assert location.is_dir()
        return query(self, text, mime, location)

    monkeypatch.setattr(serve.SparqlServer, "_query", build_then_query)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = serve.SparqlServer(store, port=port)
    try:
        status, body, _ = server.run("SELECT ?id WHERE { ?p a <https://w3id.org/policykg/ontology#Policy> ; "
                                     "<http://purl.org/dc/terms/identifier> ?id }", "csv")
    finally:
        server.terminate()
    assert status == 200, body  # before: the build deleted the generation and the query failed
    assert sorted(body.decode().split()[1:]) == sorted(d.doc_id for d in a)  # the generation it started on
    assert len(_gens(store)) == 2  # the build kept it
