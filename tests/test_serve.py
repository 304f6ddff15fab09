"""`policykg serve`: the real oxigraph SPARQL server over a built store, queried over HTTP."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from policykg.pipeline import run
from policykg.queries import get_question, run_query
from policykg.stores.directory import open_store
from policykg.stores.serve import find_oxigraph, wait_until_ready

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import require  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store(tmp_path, gold_docs):
    run(gold_docs, store=tmp_path / "store")
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
        # the canned .rq over plain SPARQL (union default graph); its optional in-force day bound as the
        # runner binds it (empty: every policy)
        text = question.sparql.replace("WHERE {", 'WHERE {\n  BIND("" AS ?in_force)', 1)
        rows = sparql_over_http(port, text)
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


# -- issue 15 item 10 and issue 17: a time limit, no SERVICE, Host/Origin checked, an offline page, a busy port --

def _server(store, **kw):
    from policykg.stores.serve import start_server

    try:
        find_oxigraph()
    except Exception as exc:  # noqa: BLE001
        require(False, "the oxigraph server", str(exc))
    port = free_port()
    server = start_server(store, port, **kw)
    wait_until_ready("127.0.0.1", port)
    return server, port


def _request(port: int, query: str | None = None, *, path: str = "/query", headers: dict | None = None,
             timeout: float = 60) -> tuple[int, str, dict]:
    data = None if query is None else urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json",
        **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_that_runs_too_long_is_stopped(store):
    import time

    server, port = _server(store, timeout=2)
    try:
        t0 = time.monotonic()
        status, body, _ = _request(port, CARTESIAN, timeout=60)
        assert status == 503 and "2 s time limit" in body, (status, body)
        assert time.monotonic() - t0 < 15
        assert not server._running  # the query's process is gone, not left computing
        status, body, _ = _request(port, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        server.terminate()


def test_service_is_refused_and_nothing_is_fetched(store):
    import http.server
    import threading

    hits = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *_):
            pass

    local = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=local.serve_forever, daemon=True).start()
    server, port = _server(store)
    try:
        target = f"http://127.0.0.1:{local.server_address[1]}/secret"
        for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}"):
            status, body, _ = _request(port, query)
            assert status == 400 and "SERVICE" in body, (query, status, body)
        status, body, _ = _request(port, 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }')
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["service"]["value"] == "SERVICE"
        assert hits == []
    finally:
        server.terminate()
        local.shutdown()


def test_other_hosts_and_cross_site_requests_are_refused(store):
    server, port = _server(store)
    try:
        ask = "ASK { ?s ?p ?o }"
        assert _request(port, ask)[0] == 200
        assert _request(port, ask, headers={"Host": f"localhost:{port}"})[0] == 200
        assert _request(port, ask, headers={"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"})[0] \
            == 200  # the query page itself
        for headers in ({"Host": f"attacker.example:{port}"},  # DNS rebinding
                        {"Host": "127.0.0.1:1"},
                        {"Origin": "http://attacker.example"},  # a cross-site form POST
                        {"Origin": "null"},
                        {"Sec-Fetch-Site": "cross-site"}):
            status, body, _ = _request(port, ask, headers=headers)
            assert status == 403 and ("refused" in body or "does not name" in body), (headers, status, body)
        status, _, _ = _request(port, ask, headers={"Content-Type": "text/plain"})  # a form's text/plain POST
        assert status == 415
    finally:
        server.terminate()


def test_the_query_page_loads_nothing_from_the_network(store):
    import re

    server, port = _server(store)
    try:
        status, page, headers = _request(port, path="/", headers={"Accept": "text/html"})
        assert status == 200 and "<textarea" in page
        assert not re.search(r"""\b(?:src|href)\s*=|@import|url\(""", page, re.I)  # no script, style, font, image
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "connect-src 'self'" in policy
        as_the_page = {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}
        status, body, _ = _request(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2", headers=as_the_page)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
        status, body, headers = _request(port, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2", headers=as_the_page)
        assert status == 200 and headers["Content-Type"].startswith("application/n-triples") and body.count(" .\n") == 2
        status, body, _ = _request(port, "SELEC ?s WHERE { ?s ?p ?o }")
        assert status == 400 and "expected" in body and "backtrace" not in body.lower()
    finally:
        server.terminate()


def test_serve_on_a_busy_port_fails_before_claiming_to_listen(store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "policykg", "serve", "--store", str(store), "--port", str(port)],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 7, proc  # ConfigError
    assert f"127.0.0.1:{port}" in proc.stderr and "in use" in proc.stderr and "--port" in proc.stderr
    assert "SPARQL endpoint" not in proc.stdout and "backtrace" not in proc.stderr.lower()
    assert "Traceback" not in proc.stderr
