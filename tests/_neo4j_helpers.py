"""Shared by the Neo4j tests: credentials of the real server, a cleared-store fixture, snapshots
computed independently from the model, a graph full of Cypher metacharacters, and a throwaway
second server (scripts/neo4j-local with its own home, ports and password) that tests may kill.

Every test using Neo4j is in the xdist group ``"neo4j"`` (Community has one database, so
these tests must not run concurrently; scripts/run-tests uses ``--dist loadgroup``).
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import require

from policykg.graph.derivations import derive
from policykg.graph.keys import key_for
from policykg.graph.model import COMMON, DERIVED, Edge, Node, PolicyGraph
from policykg.stores.neo4j_mapping import node_caption

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "neo4j-local"
MAIN_CACHE = Path(os.environ.get("NEO4J_HOME_CACHE") or ROOT / ".cache" / "neo4j")
HOW = "run scripts/neo4j-local start (Java 17 + Maven), or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD"

#: strings that would break or run if formatted into Cypher, SPARQL, CSV or shell
PAYLOADS = [
    "'}) DETACH DELETE n //",
    "\"}) MATCH (m) DETACH DELETE m RETURN 1 //",
    '"""\'\'\' ; DROP CONSTRAINT agency_key;',
    "back\\slash \\' \\\" \\n \\u0041 end\\",
    "}}{{ ]] [[ > < >= <> $rows $graphs `tick` ``",
    "line one\nline two\r\nline three\ttab",
    "中文名称：深圳市福田区科技创新局（区块链）「测试」",
    "𠀀𠀁 emoji 🙂 \u2028 sep \u2029 nbsp\u00a0end",
    ":begin\n:commit\n// comment ; RETURN 1;",
    "a,b;c\x1fd|e",
]


def credentials() -> dict[str, str] | None:
    """URI, user and password of the Neo4j the tests use: the environment, else the local script's."""
    if os.environ.get("NEO4J_PASSWORD"):
        return {"uri": os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687",
                "user": os.environ.get("NEO4J_USER") or "neo4j", "password": os.environ["NEO4J_PASSWORD"]}
    if not SCRIPT.exists():
        return None
    try:
        if subprocess.run(["bash", str(SCRIPT), "status"], capture_output=True, timeout=60).returncode != 0:
            return None
        text = subprocess.run(["bash", str(SCRIPT), "env"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = {k: v.strip("'\"") for k, v in re.findall(r"(NEO4J_\w+)=('[^']*'|\"[^\"]*\"|\S+)", text)}
    if not found.get("NEO4J_PASSWORD"):
        return None
    return {"uri": found.get("NEO4J_URI", "bolt://127.0.0.1:7687"), "user": found.get("NEO4J_USER", "neo4j"),
            "password": found["NEO4J_PASSWORD"]}


def open_store(uri: str | None = None):  # -> Neo4jStore
    """A connected store on the test server (gated by :func:`require`)."""
    from policykg.errors import PolicyKGError
    from policykg.stores.neo4j import connect

    creds = credentials()
    require(creds is not None, "Neo4j", HOW)
    try:
        return connect(uri or creds["uri"], creds["user"], creds["password"])
    except PolicyKGError as exc:
        require(False, "Neo4j", f"{exc}; {HOW}")


@pytest.fixture
def neo4j_store():
    """A store on the test server, cleared before the test."""
    store = open_store()
    store.clear()
    yield store
    store.close()


# -- what the database must hold, computed from the model alone ---------------------------


def _value(v: Any) -> Any:
    return list(v) if isinstance(v, tuple) else v


def _display(g: PolicyGraph) -> dict[str, dict[str, Any]]:
    """What the loader adds for the Browser: an agency's names as written, each node's caption (a
    document's is its policy's)."""
    out: dict[str, dict[str, Any]] = {}
    for n in g.nodes.values():
        caption = node_caption(n.label, {"name": n.name, **dict(n.props)})
        if caption:
            out[n.key] = {"caption": caption}
    for e in g.edges.values():
        if e.type == "RESPONSIBLE_FOR" and e.get("as_written") and e.get("as_written") != g.nodes[e.src].name:
            out.setdefault(e.src, {}).setdefault("aliases", set()).add(e.get("as_written"))
    for n in g.nodes.values():
        if n.label == "Document":
            titles = sorted(out[e.src]["caption"] for e in g.edges.values()
                            if e.type == "DERIVED_FROM" and e.dst == n.key and "caption" in out.get(e.src, {}))
            if titles:
                out[n.key]["caption"] = titles[0]
    for props in out.values():
        if "aliases" in props:
            props["aliases"] = sorted(props["aliases"])
    return out


def expected_snapshot(g: PolicyGraph) -> dict[str, Any]:
    """Every node (label, props) by key and every relationship by (src, type, dst, graph)."""
    nodes = {}
    display = _display(g)
    for n in g.nodes.values():
        props = {k: _value(v) for k, v in n.props if v is not None and v != ()}
        props.update(key=n.key, name=n.name, graph=n.graph, **display.get(n.key, {}))
        nodes[n.key] = (n.label, props)
    rels = {}
    for e in g.edges.values():
        props = {k: _value(v) for k, v in e.props if v is not None and v != ()}
        props["graph"] = e.graph
        rels[(e.src, e.type, e.dst, e.graph)] = props
    return {"nodes": nodes, "relationships": rels}


def snapshot(store) -> dict[str, Any]:
    """Everything the database holds, in the shape of :func:`expected_snapshot`."""
    nodes, rels = {}, {}
    for r in store.run_read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p"):
        assert len(r["labels"]) == 1, r
        assert r["p"]["key"] not in nodes, f"duplicate node {r['p']['key']}"
        nodes[r["p"]["key"]] = (r["labels"][0], r["p"])
    for r in store.run_read("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, properties(r) AS p"):
        k = (r["a"], r["t"], r["b"], r["p"].get("graph"))
        assert k not in rels, f"duplicate relationship {k}"
        rels[k] = r["p"]
    return {"nodes": nodes, "relationships": rels}


def model_counts(g: PolicyGraph) -> dict[str, dict[str, int]]:
    c = g.counts()
    return {"nodes": c["nodes"], "relationships": c["edges"]}


# -- a graph of metacharacters -------------------------------------------------------------


def metachar_graph(doc: str = "meta-doc'}) DETACH DELETE n //", into: PolicyGraph | None = None) -> PolicyGraph:
    """A policy whose every name, title, evidence and property holds :data:`PAYLOADS` (added to ``into``)."""
    g = PolicyGraph() if into is None else into
    p = key_for("Policy", doc)
    g.add_node(Node(p, "Policy", PAYLOADS[0] + PAYLOADS[5], {"doc_id": doc, "title": PAYLOADS[2],
                                                            "doc_number": PAYLOADS[3], "title_key": PAYLOADS[4],
                                                            "tags": tuple(PAYLOADS[:4])}, doc))
    d = key_for("Document", doc)
    g.add_node(Node(d, "Document", PAYLOADS[8], {"doc_id": doc, "source": PAYLOADS[9]}, doc))
    g.add_edge(Edge(p, "DERIVED_FROM", d, {}, doc))
    j = key_for("Jurisdiction", PAYLOADS[6])
    g.add_node(Node(j, "Jurisdiction", PAYLOADS[6], {"level": "district", "rank": 3}, COMMON), used_by=doc)
    g.add_edge(Edge(p, "IN_JURISDICTION", j, {}, doc))
    for i, payload in enumerate(PAYLOADS):
        m = key_for("Measure", doc, str(i))
        g.add_node(Node(m, "Measure", payload, {"measure_id": str(i), "order": i, "text": payload * 2,
                                                 "evidence_text": payload, "evidence_start": i * 10,
                                                 "evidence_end": i * 10 + 5, "policy": doc}, doc))
        g.add_edge(Edge(p, "HAS_MEASURE", m, {"order": i}, doc))
        a = key_for("Agency", payload)
        g.add_node(Node(a, "Agency", payload, {"function": payload}, COMMON), used_by=doc)
        g.add_edge(Edge(a, "RESPONSIBLE_FOR", m, {"role": "lead", "as_written": payload,
                                                   "evidence_sentence": payload + "牵头"}, doc))
        f = key_for("Funding", doc, str(i), "0")
        g.add_node(Node(f, "Funding", payload, {"kind": "cap", "value_yuan": 1e6 + i, "ratio": 0.5,
                                                 "text": payload, "condition": payload}, doc))
        g.add_edge(Edge(m, "HAS_FUNDING", f, {}, doc))
        e = key_for("Enterprise", payload)
        g.add_node(Node(e, "Enterprise", payload, {}, COMMON), used_by=doc)
        g.add_edge(Edge(p, "MENTIONS", e, {"evidence_text": payload}, doc))
    derive(g)
    g.add_edge(Edge(key_for("Measure", doc, "0"), "OVERLAPS", key_for("Measure", doc, "1"),
                    {"score": 0.75, "shared_words": PAYLOADS[1]}, DERIVED))
    return g


# -- a second, throwaway server ------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayServer:
    """A second Neo4j from scripts/neo4j-local: own home (sharing the main install's jars), ports, password."""

    def __init__(self, tmp: Path) -> None:
        lib = MAIN_CACHE / "lib"
        require((lib / ".complete").exists() and (MAIN_CACHE / "install.properties").exists(),
                "the Neo4j installed by scripts/neo4j-local", f"{HOW} (needs {lib})")
        require(shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME")), "Java", HOW)
        self.home = tmp / "neo4j-home"
        (self.home / "conf").mkdir(parents=True)
        (self.home / "lib").symlink_to(lib, target_is_directory=True)
        shutil.copy(MAIN_CACHE / "install.properties", self.home / "install.properties")
        self.bolt = free_port()
        self.http = free_port()
        self.password = "throwaway-" + os.urandom(6).hex()
        self.uri = f"bolt://127.0.0.1:{self.bolt}"
        self.env = {**os.environ, "NEO4J_HOME_CACHE": str(self.home), "NEO4J_BOLT_PORT": str(self.bolt),
                    "NEO4J_HTTP_PORT": str(self.http), "NEO4J_GUIDE_DIR": str(tmp / "no-guide"),
                    "NEO4J_GUIDE_PORT": str(free_port()), "NEO4J_PASSWORD": self.password,
                    "NEO4J_HEAP": "384m", "NEO4J_PAGECACHE": "64m", "NEO4J_START_TIMEOUT": "300",
                    "NEO4J_STOP_TIMEOUT": "60"}

    def _script(self, command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(SCRIPT), command], env=self.env, capture_output=True, text=True,
                              timeout=420)

    def start(self) -> None:
        done = self._script("start")
        if done.returncode != 0:
            require(False, "a second Neo4j server", f"scripts/neo4j-local start failed: {done.stderr[-3000:]}")

    def pid(self) -> int | None:
        try:
            return int((self.home / "run" / "neo4j.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def kill(self) -> None:
        """SIGKILL the server (a crash, not a shutdown) and wait until it is gone."""
        pid = self.pid()
        assert pid is not None, "throwaway server has no pid"
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            if not Path(f"/proc/{pid}").exists() or "Z" in _state(pid):
                return
            time.sleep(0.1)
        raise AssertionError(f"pid {pid} still alive after SIGKILL")

    def stop(self) -> None:
        if self.pid() is not None:
            self._script("stop")

    def admin(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
        """``neo4j-admin`` with this server's home (the main install's wrapper)."""
        env = {**self.env, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.home / "conf"),
               "HEAP_SIZE": "512m"}
        return subprocess.run([str(MAIN_CACHE / "bin" / "neo4j-admin"), *args], env=env, capture_output=True,
                              text=True, timeout=timeout)

    def connect(self, **options: Any):  # -> Neo4jStore
        from policykg.stores.neo4j import connect

        return connect(self.uri, "neo4j", self.password, **options)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "X"


@pytest.fixture
def throwaway_server(tmp_path):
    server = ThrowawayServer(tmp_path)
    yield server
    server.stop()
