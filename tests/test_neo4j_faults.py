"""A real crash in the middle of a load: a second, throwaway Neo4j server (scripts/neo4j-local with
its own home, ports and password) is SIGKILLed after a few document batches have committed.

The load must raise naming the document it was writing; after a restart no document is partial
(each one present has exactly its facts, the one being written has none), and the same load
completes to exactly the contents of a clean load (computed from the model).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from _neo4j_helpers import expected_snapshot, model_counts, snapshot, throwaway_server  # noqa: E402
from bench_neo4j import synthetic_graph  # noqa: E402

pytestmark = [pytest.mark.neo4j, pytest.mark.slow, pytest.mark.xdist_group("neo4j")]
_ = throwaway_server  # the fixture

KILL_AFTER = 5  # document batches committed before the crash


def _facts_by_doc(snap: dict) -> dict[str, tuple[set, set]]:
    out: dict[str, tuple[set, set]] = {}
    for key, (_, props) in snap["nodes"].items():
        out.setdefault(props["graph"], (set(), set()))[0].add(key)
    for key in snap["relationships"]:
        out.setdefault(key[3], (set(), set()))[1].add(key)
    return out


def test_server_killed_mid_load_names_the_document_and_reload_equals_a_clean_load(throwaway_server):
    from policykg.errors import StoreError

    server = throwaway_server
    g = synthetic_graph(30, seed=11)
    docs = sorted(g.documents)
    per_doc = min(sum(1 for n in g.nodes.values() if n.graph == d) + sum(1 for e in g.edges.values() if e.graph == d)
                  for d in docs)
    batch_size = per_doc - 1  # every document is its own batch (and transaction)
    expected = expected_snapshot(g)
    server.start()

    committed: list[str] = []

    def crash_after_some_documents(done: int, total: int, what: str) -> None:
        if what in docs:
            committed.append(what)
            if len(committed) == KILL_AFTER:
                server.kill()

    store = server.connect(retry_seconds=2, timeout=5)
    with pytest.raises(StoreError) as info:
        store.load(g, batch_size=batch_size, progress=crash_after_some_documents)
    store.close()
    message = str(info.value)
    assert committed == docs[:KILL_AFTER]
    assert docs[KILL_AFTER] in message, message
    assert server.password not in message

    server.start()  # crash recovery
    with server.connect() as store:
        after_crash = _facts_by_doc(snapshot(store))
        want = _facts_by_doc(expected)
        present = sorted(d for d in after_crash if d in docs)
        assert present == docs[:KILL_AFTER]  # the batch being written was rolled back entirely
        for doc in present:
            assert after_crash[doc] == want[doc], f"{doc} is partial"

        result = store.load(g, batch_size=batch_size)  # the same load again
        assert result["documents"] == len(docs)
        assert store.counts() == model_counts(g)
        assert snapshot(store) == expected

        store.clear()
        store.load(g)  # a clean load in one go gives the same
        assert snapshot(store) == expected
