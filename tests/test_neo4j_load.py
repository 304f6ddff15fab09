"""Loading the graph into the real Neo4j server: counts, idempotence, per-document replace and
removal, metacharacters, routing URIs, the CLI, and the password never leaking.

Expected contents come from the graph model (tests/_neo4j_helpers.expected_snapshot), not from
the loader.  All tests share the one database of Neo4j Community: xdist group "neo4j".
"""
from __future__ import annotations

import copy
import dataclasses
import logging
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _neo4j_helpers import (  # noqa: E402
    PAYLOADS,
    credentials,
    expected_snapshot,
    metachar_graph,
    model_counts,
    neo4j_store,
    open_store,
    snapshot,
)

from policykg.graph import build_graph  # noqa: E402
from policykg.graph.model import COMMON  # noqa: E402

pytestmark = [pytest.mark.neo4j, pytest.mark.xdist_group("neo4j")]
_ = neo4j_store  # the fixture


def _doc_facts(snap: dict, doc: str) -> tuple[set, set]:
    return ({k for k, (_, p) in snap["nodes"].items() if p["graph"] == doc},
            {k for k in snap["relationships"] if k[3] == doc})


def test_load_gives_the_model_counts_and_properties(neo4j_store, corpus_graph):
    result = neo4j_store.load(corpus_graph, batch_size=100)
    assert result["documents"] == len(corpus_graph.documents) == 5
    assert neo4j_store.counts() == model_counts(corpus_graph)
    assert snapshot(neo4j_store) == expected_snapshot(corpus_graph)
    assert neo4j_store.documents() == sorted(corpus_graph.documents)


def test_loading_three_times_gives_identical_contents(neo4j_store, corpus_graph):
    snaps = []
    for batch_size in (5000, 7, 5000):  # also with batches smaller than a document
        neo4j_store.load(corpus_graph, batch_size=batch_size)
        snaps.append((neo4j_store.counts(), snapshot(neo4j_store)))
    assert snaps[0] == snaps[1] == snaps[2]
    assert snaps[0][0] == model_counts(corpus_graph)


def test_schema_has_key_constraints_and_the_cjk_fulltext_index(neo4j_store, corpus_graph):
    neo4j_store.load(corpus_graph)
    constraints = neo4j_store.run_read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                                       "RETURN labelsOrTypes[0] AS label, properties, type")
    unique = {r["label"] for r in constraints if r["type"] == "UNIQUENESS" and r["properties"] == ["key"]}
    assert unique >= set(corpus_graph.counts()["nodes"])
    index = neo4j_store.run_read("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'policykg_names' "
                                 "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
    assert index == [{"analyzer": "cjk"}]
    agency = corpus_graph.by_label("Agency")[0].name
    hits = neo4j_store.run_read("CALL db.index.fulltext.queryNodes('policykg_names', $q) YIELD node "
                                "RETURN node.name AS name", {"q": agency[-4:]})
    assert agency in {h["name"] for h in hits}


def _changed(docs):
    """One document with its title changed, its last measure and its enterprises removed."""
    target = max(docs, key=lambda d: (len(d.measures), len(d.enterprises), d.doc_id))
    assert len(target.measures) > 1 and target.enterprises
    changed = dataclasses.replace(target, title=target.title + "（修订）", measures=target.measures[:-1],
                                  enterprises=())
    return target, [changed if d.doc_id == target.doc_id else d for d in docs]


def test_reloading_a_changed_document_replaces_exactly_its_facts(neo4j_store, corpus_docs, corpus_graph):
    target, new_docs = _changed(corpus_docs)
    new_graph = build_graph(new_docs)
    neo4j_store.load(corpus_graph)
    before = snapshot(neo4j_store)
    neo4j_store.load(new_graph)
    after = snapshot(neo4j_store)
    assert after == expected_snapshot(new_graph)  # nothing stale, nothing missing
    assert neo4j_store.counts() == model_counts(new_graph)
    # the dropped measure is gone, the other documents' facts are untouched
    dropped = f"measure:{target.doc_id}|{target.measures[-1].id}"
    assert dropped in before["nodes"] and dropped not in after["nodes"]
    for doc in corpus_graph.documents:
        if doc != target.doc_id:
            assert _doc_facts(after, doc) == _doc_facts(before, doc)
    # agencies the changed document shares with others stay
    others = {k for k, (label, p) in after["nodes"].items() if label == "Agency"}
    assert {k for k, (label, _) in before["nodes"].items() if label == "Agency"
            and len(corpus_graph.users.get(k, ())) > 1} <= others


def _derived(snap: dict) -> dict:
    return {k: p for k, p in snap["relationships"].items() if k[3] == "derived"}


def test_reloading_one_file_recomputes_the_corpus_wide_edges_over_the_database(neo4j_store, corpus_docs,
                                                                                 corpus_graph):
    """Issue 15: `neo4j load corpus` then `neo4j load corpus/<one>.txt` dropped OVERLAPS and CO_RESPONSIBLE
    edges of the other documents (73 -> 0, 86 -> 34): they are recomputed over every document in Neo4j."""
    neo4j_store.load(corpus_graph)
    full = snapshot(neo4j_store)
    assert {t for (_, t, _, g) in _derived(full)} >= {"OVERLAPS", "CO_RESPONSIBLE"}
    one = max(corpus_docs, key=lambda d: len(d.measures))
    neo4j_store.load(build_graph([one]))  # the same document again, alone
    assert _derived(snapshot(neo4j_store)) == _derived(full)
    assert neo4j_store.counts() == model_counts(corpus_graph)
    target, new_docs = _changed(corpus_docs)  # a changed document alone: as if the corpus were rebuilt
    neo4j_store.load(build_graph([d for d in new_docs if d.doc_id == target.doc_id]))
    rebuilt = build_graph(new_docs)
    assert _derived(snapshot(neo4j_store)) == _derived(expected_snapshot(rebuilt))
    assert neo4j_store.counts()["relationships"] == model_counts(rebuilt)["relationships"]


def test_removing_a_document_keeps_agencies_other_documents_use(neo4j_store, corpus_docs, corpus_graph):
    doc = sorted(corpus_graph.documents)[0]
    remaining = build_graph([d for d in corpus_docs if d.doc_id != doc])
    neo4j_store.load(corpus_graph)
    neo4j_store.remove_document(doc, remaining)
    after = snapshot(neo4j_store)
    assert after == expected_snapshot(remaining)
    assert _doc_facts(after, doc) == (set(), set())
    shared = {k for k, users in corpus_graph.users.items() if doc in users and len(users) > 1}
    assert shared and shared <= set(after["nodes"])
    only_doc = {k for k, users in corpus_graph.users.items() if users == {doc}}
    assert only_doc and not only_doc & set(after["nodes"])
    assert doc not in neo4j_store.documents()


def test_removing_without_the_remaining_graph_drops_facts_and_orphans(neo4j_store, corpus_docs, corpus_graph):
    doc = sorted(corpus_graph.documents)[-1]
    remaining = build_graph([d for d in corpus_docs if d.doc_id != doc])
    neo4j_store.load(corpus_graph)
    neo4j_store.remove_document(doc)
    after = snapshot(neo4j_store)
    expected = expected_snapshot(remaining)
    assert _doc_facts(after, doc) == (set(), set())
    common = {k for k, (_, p) in after["nodes"].items() if p["graph"] == COMMON}
    assert common == {k for k, (_, p) in expected["nodes"].items() if p["graph"] == COMMON}


def test_a_load_into_an_empty_database_removes_unused_shared_nodes_like_a_reload(neo4j_store, corpus_graph):
    """Into an empty database the loader skips the delete and the clean-up that would find nothing
    (issue 18): with shared nodes no document uses, the clean-up still runs and removes exactly them."""
    from policykg.graph.model import Edge, Node
    from policykg.stores.neo4j_load import unused_shared

    assert unused_shared(corpus_graph) == set()
    g = copy.deepcopy(corpus_graph)
    used = next(e.src for e in g.edges.values() if e.type == "RESPONSIBLE_FOR")  # an agency a document uses
    g.add_node(Node("jurisdiction:orphan-city", "Jurisdiction", "无人市", {}, COMMON))
    g.add_node(Node("jurisdiction:orphan-district", "Jurisdiction", "无人区", {}, COMMON))
    g.add_edge(Edge("jurisdiction:orphan-district", "PART_OF", "jurisdiction:orphan-city", {}, COMMON))
    g.add_node(Node("jurisdiction:kept-city", "Jurisdiction", "有人市", {}, COMMON))
    g.add_edge(Edge(used, "IN_JURISDICTION", "jurisdiction:kept-city", {}, COMMON))
    assert unused_shared(g) == {"jurisdiction:orphan-city", "jurisdiction:orphan-district"}
    neo4j_store.load(g)
    first = snapshot(neo4j_store)
    assert "jurisdiction:kept-city" in first["nodes"]
    assert not {"jurisdiction:orphan-city", "jurisdiction:orphan-district"} & set(first["nodes"])
    neo4j_store.load(g)  # a reload (the database holds the documents) runs the delete and the clean-up
    assert snapshot(neo4j_store) == first


def test_removing_an_unknown_document_names_it(neo4j_store, corpus_graph):
    from policykg.errors import StoreError

    neo4j_store.load(corpus_graph)
    with pytest.raises(StoreError, match="no-such-doc"):
        neo4j_store.remove_document("no-such-doc")
    assert neo4j_store.counts() == model_counts(corpus_graph)


def test_metacharacters_round_trip_and_nothing_runs(neo4j_store, corpus_graph):
    g = metachar_graph()
    neo4j_store.load(corpus_graph)
    neo4j_store.load(g)
    snap = snapshot(neo4j_store)
    exp = expected_snapshot(g)
    for key, value in exp["nodes"].items():
        assert snap["nodes"][key] == value
    for key, value in exp["relationships"].items():
        if key[3] != "derived":  # derived is replaced by the last load's (the model's rule)
            assert snap["relationships"][key] == value
    # the corpus is still there: no payload deleted anything
    for doc in corpus_graph.documents:
        assert _doc_facts(snap, doc) == _doc_facts(expected_snapshot(corpus_graph), doc)
    neo4j_store.clear()
    neo4j_store.load(g)
    assert snapshot(neo4j_store) == expected_snapshot(g)
    assert neo4j_store.counts() == model_counts(g)
    for payload in PAYLOADS:  # values bound as parameters come back exactly
        rows = neo4j_store.run_read("MATCH (a:Agency {name: $name}) RETURN a.name AS name, a.function AS f",
                                    {"name": payload})
        assert rows == [{"name": payload, "f": payload}]
    neo4j_store.remove_document("meta-doc'}) DETACH DELETE n //")
    assert neo4j_store.counts() == {"nodes": {}, "relationships": {}}


def test_unknown_labels_and_types_never_reach_the_query_text():
    from policykg.errors import QueryError
    from policykg.stores.neo4j_mapping import edge_merge_cypher, node_merge_cypher

    with pytest.raises(QueryError):
        node_merge_cypher("Agency` {key: 1}) DETACH DELETE n //")
    with pytest.raises(QueryError):
        edge_merge_cypher("PART_OF]->() DETACH DELETE r //", "Agency", "Agency")


def test_routing_uri_loads_the_same(corpus_graph):
    creds = credentials()
    store = open_store()
    store.clear()
    store.close()
    host = creds["uri"].split("://", 1)[1]
    with open_store("neo4j://" + host) as routed:
        assert routed.uri.startswith("neo4j://")
        routed.load(corpus_graph)
        routed.load(corpus_graph)
        assert routed.counts() == model_counts(corpus_graph)
        assert snapshot(routed) == expected_snapshot(corpus_graph)


def test_wrong_password_is_never_shown(caplog, monkeypatch, tmp_path, corpus_docs):
    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.errors import StoreError
    from policykg.pipeline import run
    from policykg.stores.neo4j import connect

    creds = credentials()
    open_store().close()  # the server is there
    wrong = "Wr0ng-Secret-" + "x7Qz"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as info:
        connect(creds["uri"], creds["user"], wrong)
    assert "credentials" in str(info.value) and wrong not in str(info.value)
    assert wrong not in caplog.text and creds["password"] not in caplog.text
    store = tmp_path / "store"
    run(corpus_docs[:1], store=store)
    monkeypatch.setenv("NEO4J_URI", creds["uri"])
    monkeypatch.setenv("NEO4J_USER", creds["user"])
    monkeypatch.setenv("PKG_TEST_PW", wrong)
    result = CliRunner().invoke(app, ["-v", "neo4j", "load", str(store), "--password-env", "PKG_TEST_PW"])
    assert result.exit_code == 6, result.output
    assert "refused the credentials" in result.output
    assert wrong not in result.output and wrong not in caplog.text


def test_cli_loads_a_store_and_never_prints_the_password(tmp_path, monkeypatch, corpus_docs, corpus_graph, caplog):
    import json

    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.pipeline import run

    creds = credentials()
    with open_store() as neo:
        neo.clear()
    store = tmp_path / "store"
    run(corpus_docs, store=store)
    monkeypatch.setenv("NEO4J_URI", creds["uri"])
    monkeypatch.setenv("NEO4J_USER", creds["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", creds["password"])
    caplog.set_level(logging.DEBUG)
    runner = CliRunner()
    result = runner.invoke(app, ["-v", "neo4j", "load", str(store), "--batch-size", "50", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["counts"] == model_counts(corpus_graph)
    assert creds["password"] not in result.output and creds["password"] not in caplog.text
    text = runner.invoke(app, ["neo4j", "load", str(store)])
    assert text.exit_code == 0, text.output
    assert "loaded 5 documents" in text.stdout and creds["password"] not in text.output
    doc = sorted(corpus_graph.documents)[0]
    removed = runner.invoke(app, ["neo4j", "remove", doc, "--store", str(store)])
    assert removed.exit_code == 0, removed.output
    with open_store() as neo:
        assert doc not in neo.documents() and len(neo.documents()) == 4
    monkeypatch.delenv("NEO4J_PASSWORD")
    missing = runner.invoke(app, ["neo4j", "load", str(store)])
    assert missing.exit_code == 7 and "NEO4J_PASSWORD" in missing.output


def test_build_feeds_neo4j_in_the_same_run(tmp_path, monkeypatch, corpus_dir, corpus_graph):
    """``policykg build --neo4j URI`` (issue 14): the store and Neo4j get the same graph in one run, and a
    --replace build drops from Neo4j what it dropped from the store."""
    import json

    from typer.testing import CliRunner

    from policykg.cli import app

    creds = credentials()
    with open_store() as neo:
        neo.clear()
    monkeypatch.setenv("NEO4J_USER", creds["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", creds["password"])
    args = ["--out", str(tmp_path / "out"), "--store", str(tmp_path / "store"), "--exports", "none",
            "--no-views", "--jobs", "1", "--neo4j", creds["uri"], "--json"]
    result = CliRunner().invoke(app, ["build", str(corpus_dir), *args])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["stores"][creds["uri"]] == model_counts(corpus_graph)
    with open_store() as neo:
        assert neo.documents() == sorted(corpus_graph.documents)
    one = sorted(corpus_dir.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["build", str(one), *args, "--replace"])
    assert result.exit_code == 0, result.output
    with open_store() as neo:
        assert neo.documents() == [one.stem]
