"""`policykg serve`: the real oxigraph SPARQL server over a built store, queried over HTTP."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from policykg.graph.serve import find_oxigraph, wait_until_ready
from policykg.graph.store import open_store, save_documents
from policykg.queries import get_question, run_query

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import require  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store(tmp_path, gold_docs):
    save_documents(tmp_path / "store", gold_docs)
    return tmp_path / "store"


def sparql_over_http(port: int, query: str) -> list[dict]:
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_serve_answers_sparql_over_http(store):
    try:
        find_oxigraph()
    except Exception as exc:  # noqa: BLE001
        require(False, "the oxigraph server", str(exc))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "policykg", "serve", "--store", str(store), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_ready("127.0.0.1", port, proc)
        question = get_question("agency_workload")
        rows = sparql_over_http(port, question.sparql)  # the canned .rq runs unchanged (union default graph)
        with open_store(store) as rdf:
            local = run_query(rdf, "agency_workload")["rows"]
        assert rows and {(r["agency_name"], int(r["measures"])) for r in rows} == \
            {(r["agency_name"], r["measures"]) for r in local}
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read().decode()
        assert "<html" in page.lower()  # the query page
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/query" in out
    with socket.socket() as s:  # the oxigraph child is gone with it
        assert s.connect_ex(("127.0.0.1", port)) != 0


def test_serve_without_a_store_says_build_first(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "policykg", "serve", "--store", str(tmp_path / "none")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3 and "run policykg build first" in proc.stderr
