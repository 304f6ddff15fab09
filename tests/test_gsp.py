"""`policykg push`: the SPARQL 1.1 Graph Store Protocol client against the real oxigraph server.

The server runs read-write on an empty temporary location; what it holds after a push is compared graph
by graph with the local store, counted over SPARQL on both sides.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from policykg.errors import StoreError
from policykg.graph.keys import graph_iri
from policykg.pipeline import run
from policykg.stores.directory import open_store
from policykg.stores.gsp import push_store, service_url
from policykg.stores.serve import find_oxigraph, wait_until_ready

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import require  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SUZHOU = "suzhou-blockchain-opinions-2020-2022"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def remote_counts(port: int) -> dict[str, int]:
    body = urllib.parse.urlencode({"query": PER_GRAPH}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = json.load(response)
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def local_counts(store: Path) -> dict[str, int]:
    with open_store(store) as rdf:
        return {r["g"]: int(r["n"]) for r in rdf.query(PER_GRAPH)}


@pytest.fixture
def server(tmp_path):
    """A read-write oxigraph server on a free port over an empty directory; yields its port."""
    try:
        binary = find_oxigraph()
    except Exception as exc:  # noqa: BLE001
        require(False, "the oxigraph server", str(exc))
    location = tmp_path / "remote"
    location.mkdir()
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_ready("127.0.0.1", port, proc)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture
def built(tmp_path, corpus_dir):
    src = tmp_path / "corpus"
    shutil.copytree(corpus_dir, src)
    store = tmp_path / "store"
    assert run([src], store=store, jobs=1).ok
    return src, store


def test_push_puts_every_graph_and_is_idempotent(server, built):
    src, store = built
    assert remote_counts(server) == {}  # an empty remote store
    expected = local_counts(store)
    assert graph_iri("common") in expected and graph_iri("derived") in expected
    assert len(expected) == len(list(src.glob("*.txt"))) + 2  # one graph per document, common, derived
    result = push_store(f"http://127.0.0.1:{server}", store)
    assert result.service == f"http://127.0.0.1:{server}/store"
    assert {g["iri"]: g["triples"] for g in result.graphs} == expected
    assert all(g["status"] in (200, 201, 204) for g in result.graphs)
    assert remote_counts(server) == expected
    push_store(f"http://127.0.0.1:{server}/store", store, fmt="ttl")  # again, as Turtle: PUT replaces
    assert remote_counts(server) == expected


def test_a_changed_document_replaces_its_remote_graph(server, built):
    src, store = built
    push_store(f"http://127.0.0.1:{server}", store)
    before = remote_counts(server)
    path = src / f"{SUZHOU}.txt"
    text = path.read_text("utf-8")
    cut = text.index("二、主要任务")  # keep the heading and goals, drop every task
    path.write_text(text[:cut], encoding="utf-8")
    assert run([src], store=store, jobs=1).ok
    after_local = local_counts(store)
    assert after_local[graph_iri(SUZHOU)] < before[graph_iri(SUZHOU)] // 2
    push_store(f"http://127.0.0.1:{server}", store)
    assert remote_counts(server) == after_local


def test_push_through_the_command_line(server, built):
    _, store = built
    proc = subprocess.run([sys.executable, "-m", "policykg", "push", "--sparql-endpoint", f"http://127.0.0.1:{server}",
                           "--store", str(store), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["pushed"] == len(local_counts(store))
    assert summary["triples"] == sum(remote_counts(server).values())


def test_connection_refused_names_the_graph(built):
    _, store = built
    port = free_port()  # nothing listens there
    with pytest.raises(StoreError, match=r"graph common <https://w3id\.org/policykg/graph/common>: cannot PUT"):
        push_store(f"http://127.0.0.1:{port}", store)
    proc = subprocess.run([sys.executable, "-m", "policykg", "push", "--sparql-endpoint", f"http://127.0.0.1:{port}",
                           "--store", str(store)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == StoreError.exit_code and "graph common" in proc.stderr and "Traceback" not in proc.stderr


def test_http_errors_name_the_graph(server, built):
    _, store = built
    with pytest.raises(StoreError, match=r"graph common .*HTTP 4\d\d"):
        push_store(f"http://127.0.0.1:{server}/no-such-service", store)


def test_bad_endpoints_and_graphs(built):
    _, store = built
    from policykg.errors import ConfigError

    with pytest.raises(ConfigError, match="not an http"):
        service_url("ftp://example.org")
    with pytest.raises(StoreError, match="no graph 'nope'"):
        push_store("http://127.0.0.1:9", store, graphs=["nope"])
