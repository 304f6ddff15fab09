"""``policykg build --neo4j``: Neo4j is loaded before the store's new generation is committed (issue 15).

Before, the generation was committed first, so a failed Neo4j load left the local store changed and
Neo4j not. Now a failed load leaves the store as it was, and says so; Neo4j's loads are idempotent, so
the same build run again completes both. An unreachable server stands for the failure.
"""
from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.errors import StoreError
from policykg.pipeline import run
from policykg.stores.directory import CURRENT, list_documents

ROOT = Path(__file__).resolve().parents[1]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


@pytest.fixture
def built(tmp_path, gold_docs):
    """A store of two documents, and a batch of two others."""
    store = tmp_path / "store"
    run(gold_docs[:2], store=store)
    return store, [dataclasses.replace(d, doc_id=f"{d.doc_id}-b") for d in gold_docs[:2]]


def test_a_failed_neo4j_load_commits_nothing(built):
    neo4j = pytest.importorskip("neo4j")
    from policykg.stores.neo4j import Neo4jStore

    store, batch = built
    before, generation = list_documents(store), (store / CURRENT).resolve()
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    unreachable = Neo4jStore(neo4j.GraphDatabase.driver(uri, auth=("neo4j", "secret"), connection_timeout=2),
                             uri, "neo4j", None, "secret", "5.26.0")
    try:
        with pytest.raises(StoreError) as caught:
            run(batch, store=store, stores=[unreachable])
    finally:
        unreachable.close()
    message = str(caught.value)
    assert "nothing was committed" in message and str(store) in message and "run the same build again" in message
    assert "secret" not in message
    # before: the batch was committed (4 documents) and only Neo4j missed it
    assert list_documents(store) == before and (store / CURRENT).resolve() == generation
    assert len(list(store.glob("gen-*"))) == 1  # the new generation was dropped


def test_build_with_an_unreachable_neo4j_exits_non_zero_and_leaves_the_store(built, tmp_path):
    store, _ = built
    before, generation = list_documents(store), (store / CURRENT).resolve()
    env = {**os.environ, "NEO4J_PASSWORD": "secret"}
    proc = subprocess.run([sys.executable, "-m", "policykg", "build", str(ROOT / "data" / "corpus"), "--store",
                           str(store), "--out", str(tmp_path / "out"), "--no-views", "--jobs", "1",
                           "--neo4j", f"bolt://127.0.0.1:{_closed_port()}"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 6, proc.stdout + proc.stderr
    assert "Neo4j" in proc.stdout + proc.stderr and "secret" not in proc.stdout + proc.stderr
    assert list_documents(store) == before and (store / CURRENT).resolve() == generation
