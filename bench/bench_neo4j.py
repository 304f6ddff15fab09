"""Neo4j loading: batched ``UNWIND ... MERGE`` vs one ``MERGE`` per row vs ``neo4j-admin`` import.

Builds a synthetic graph FOR BENCHMARKS ONLY (:func:`synthetic_graph`: documents
shaped like the sample corpus: a policy, its source document, ~14 measures with
lead/co agencies, funding, mentions of enterprises, platforms and programs,
citations, jurisdictions; derived OVERLAPS and CO_RESPONSIBLE edges), of at least
``--relationships`` relationships, and in the same run:

* **batched**: :meth:`policykg.stores.neo4j.Neo4jStore.load` into an emptied
  database (``--runs`` times after ``--warmup`` unmeasured loads; the median is
  reported; the schema check and the clean-up pass included);
* **row by row**: one ``MERGE`` statement per node and per relationship, each in
  its own managed transaction, on a sample of the graph (``--sample-docs``
  documents and the shared nodes they use) into an emptied database, right after
  each batched run (interleaved, so both see the same load of a shared machine);
  rows/second is measured on the sample and compared as a rate (the full graph
  row by row would take far too long; the json says so);
* **neo4j-admin**: ``neo4j-admin database import full`` of the CSVs of
  :func:`policykg.stores.neo4j_export.write_import_csv` into a fresh database
  directory (no server), when the jars of scripts/neo4j-local are there.

By default a throwaway Neo4j server is started with scripts/neo4j-local (own home
sharing the installed jars, free ports) so the shared server is not cleared;
``--use-env`` uses ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD`` instead
(THE DATABASE IS CLEARED).

Usage: .venv/bin/python bench/bench_neo4j.py [--relationships 100000] [--runs 3] [--use-env]
Writes bench/results/neo4j.json.  Target: batched >= 20x row by row.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("NEO4J_HOME_CACHE") or ROOT / ".cache" / "neo4j")

PROVINCES = {"广东省": ["深圳市", "广州市", "东莞市", "佛山市"], "江苏省": ["苏州市", "南京市", "无锡市"],
             "浙江省": ["杭州市", "宁波市"], "四川省": ["成都市"], "湖北省": ["武汉市"], "山东省": ["青岛市", "济南市"]}
DISTRICTS = ["福田区", "南山区", "天河区", "黄埔区", "鼓楼区", "西湖区", "高新区", "江北区", "武侯区", "思明区"]
BUREAUS = ["工业和信息化局", "发展和改革委员会", "科学技术局", "财政局", "商务局", "人力资源和社会保障局",
           "市场监督管理局", "地方金融监督管理局", "教育局", "卫生健康委员会", "交通运输局", "政务服务数据管理局"]
TOPICS = ["区块链", "人工智能", "集成电路", "生物医药", "数字经济", "智能制造", "工业互联网", "新能源汽车"]
TASKS = ["核心技术攻关", "公共服务平台建设", "产业联盟建设", "人才引育", "应用场景拓展", "金融支持", "龙头企业培育"]
COMPANIES = ["华为", "腾讯", "比亚迪", "大疆", "中兴通讯", "科大讯飞", "海康威视", "宁德时代", "京东方", "小米"]


def synthetic_graph(n_docs: int, seed: int = 7):
    """A graph of ``n_docs`` documents shaped like the sample corpus (about 85 relationships each)."""
    from policykg.graph.keys import key_for
    from policykg.graph.model import COMMON, DERIVED, Edge, Node, PolicyGraph

    rng = random.Random(seed)
    g = PolicyGraph()
    places = [(prov, city, city + d) for prov, cities in PROVINCES.items() for city in cities
              for d in DISTRICTS[: 2 + sum(map(ord, city)) % 4]]

    def jurisdiction(chain: tuple[str, ...]) -> str:
        """The chain's last jurisdiction, with its parents (PART_OF), added when first used."""
        parent = None
        for level, name in zip(("province", "city", "district"), chain):
            key = key_for("Jurisdiction", name)
            if key not in g.nodes:
                rank = {"province": 1, "city": 2, "district": 3}[level]
                g.add_node(Node(key, "Jurisdiction", name, {"level": level, "rank": rank}, COMMON))
                if parent:
                    g.add_edge(Edge(key, "PART_OF", parent, {}, COMMON))
            parent = key
        return parent

    measures_by_doc: list[list[str]] = []
    for i in range(n_docs):
        prov, city, district = places[rng.randrange(len(places))]
        doc = f"synthetic-{i:06d}"
        g.documents[doc] = None  # no PolicyDocument behind a synthetic graph
        topic = rng.choice(TOPICS)
        p = key_for("Policy", doc)
        title = f"{city}关于促进{topic}产业高质量发展的若干措施（第{i}号）"
        g.add_node(Node(p, "Policy", title, {"title": title, "doc_type": "funding_measures", "doc_id": doc,
                                             "doc_number": f"{city[:2]}府〔2023〕{i}号", "date": "2023-05-01",
                                             "jurisdiction": district, "title_key": title}, doc))
        dk = key_for("Document", doc)
        g.add_node(Node(dk, "Document", f"{doc}.txt", {"doc_id": doc, "source": f"{doc}.txt",
                                                       "sha256": f"{i:064x}"}, doc))
        g.add_edge(Edge(p, "DERIVED_FROM", dk, {}, doc))
        jk = jurisdiction((prov, city, district))
        for name in (prov, city, district):
            g.add_node(g.nodes[key_for("Jurisdiction", name)], used_by=doc)
        g.add_edge(Edge(p, "IN_JURISDICTION", jk, {}, doc))

        def agency(name: str) -> str:
            key = key_for("Agency", name)
            if key not in g.nodes:
                g.add_node(Node(key, "Agency", name, {"function": name[-5:]}, COMMON))
                g.add_edge(Edge(key, "IN_JURISDICTION", jurisdiction((prov, city)), {}, COMMON))
            g.add_node(g.nodes[key], used_by=doc)
            return key

        for b in rng.sample(BUREAUS, rng.randint(1, 2)):
            g.add_edge(Edge(p, "ISSUED_BY", agency(city + b), {}, doc))
        mkeys = []
        for j in range(rng.randint(12, 16)):
            m = key_for("Measure", doc, f"m{j + 1}")
            task = f"{TASKS[j % len(TASKS)]}{topic}"
            text = f"支持{topic}企业开展{task}，对符合条件的项目给予资金支持。由{city}{BUREAUS[j % 12]}牵头。"
            g.add_node(Node(m, "Measure", task, {"measure_id": f"m{j + 1}", "title": task, "text": text, "order": j,
                                                 "policy": doc, "evidence_doc": doc, "evidence_start": j * 100,
                                                 "evidence_end": j * 100 + len(text), "evidence_text": text}, doc))
            g.add_edge(Edge(p, "HAS_MEASURE", m, {"order": j}, doc))
            for k, b in enumerate(rng.sample(BUREAUS, rng.randint(1, 3))):
                g.add_edge(Edge(agency(city + b), "RESPONSIBLE_FOR", m,
                                {"role": "lead" if k == 0 else "co", "as_written": b, "evidence_doc": doc,
                                 "evidence_text": text[:20]}, doc))
            f = key_for("Funding", doc, f"m{j + 1}", "0")
            amount = rng.choice([50, 100, 200, 500, 1000]) * 10_000
            g.add_node(Node(f, "Funding", f"最高{amount // 10_000}万元", {
                "kind": "cap", "value_yuan": float(amount), "currency": "CNY", "text": f"最高{amount // 10_000}万元",
                "measure": m, "evidence_doc": doc}, doc))
            g.add_edge(Edge(m, "HAS_FUNDING", f, {}, doc))
            mkeys.append(m)
        for label, pool in (("Enterprise", COMPANIES), ("Platform", [f"{city}{t}创新中心" for t in TOPICS]),
                            ("Program", [f"{t}揭榜挂帅专项" for t in TOPICS])):
            for name in rng.sample(pool, rng.randint(2, 4)):
                ek = key_for(label, name)
                g.add_node(Node(ek, label, name, {}, COMMON), used_by=doc)
                g.add_edge(Edge(p, "MENTIONS", ek, {"evidence_doc": doc, "evidence_text": name}, doc))
                g.add_edge(Edge(rng.choice(mkeys), "MENTIONS", ek, {"evidence_doc": doc}, doc))
        for t in rng.sample(TOPICS, 2):
            ck = key_for("Citation", f"关于推动{t}产业发展的指导意见")
            g.add_node(Node(ck, "Citation", f"关于推动{t}产业发展的指导意见", {"title_key": t}, COMMON), used_by=doc)
            g.add_edge(Edge(p, "CITES", ck, {}, doc))
        measures_by_doc.append(mkeys)
    for i, mkeys in enumerate(measures_by_doc):  # derived: overlapping measures of other documents
        for m in rng.sample(mkeys, 3):
            other = measures_by_doc[rng.randrange(len(measures_by_doc))]
            o = rng.choice(other)
            if o != m:
                g.add_edge(Edge(m, "OVERLAPS", o, {"score": round(rng.random(), 3), "method": "jaccard"}, DERIVED))
    agencies = [n.key for n in g.by_label("Agency")]
    for a in agencies:
        for b in rng.sample(agencies, min(3, len(agencies))):
            if a < b:
                g.add_edge(Edge(a, "CO_RESPONSIBLE", b, {"measures": rng.randint(1, 20)}, DERIVED))
    return g


def subgraph(g, docs: set[str]):
    """The documents ``docs`` with the shared nodes and edges they need (no derived edges)."""
    from policykg.graph.model import COMMON, PolicyGraph

    s = PolicyGraph()
    for n in g.nodes.values():
        if n.graph in docs:
            s.add_node(n)
    for e in g.edges.values():
        if e.graph in docs:
            for end in (e.src, e.dst):
                if end not in s.nodes:
                    s.add_node(g.nodes[end])
    for e in g.edges.values():
        if e.graph == COMMON and e.src in s.nodes and e.dst in s.nodes:
            s.edges[e.key] = e
    for e in g.edges.values():
        if e.graph in docs:
            s.edges[e.key] = e
    return s


def row_by_row(store, g) -> tuple[int, float]:
    """One MERGE per node and per relationship, each in its own transaction: (rows, seconds).

    The statements are those of the batched loader with one row instead of ``UNWIND $rows``
    (same indexes, same plan policy ``replan=skip``).
    """
    from policykg.stores.neo4j_mapping import checked_label, checked_type, edge_row, node_row

    t0 = time.perf_counter()
    rows = 0
    for n in sorted(g.nodes.values(), key=lambda n: n.key):
        row = node_row(n)
        store.run_write(f"CYPHER replan=skip MERGE (n:`{checked_label(n.label)}` {{key: $key}}) SET n = $props", row)
        rows += 1
    for e in sorted(g.edges.values(), key=lambda e: e.key):
        row = edge_row(e)
        store.run_write(f"CYPHER replan=skip MATCH (a:`{checked_label(g.nodes[e.src].label)}` {{key: $src}}) "
                        f"MATCH (b:`{checked_label(g.nodes[e.dst].label)}` {{key: $dst}}) "
                        f"MERGE (a)-[r:`{checked_type(e.type)}` {{graph: $graph}}]->(b) SET r = $props", row)
        rows += 1
    return rows, time.perf_counter() - t0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A throwaway scripts/neo4j-local server with its own home (sharing the installed jars)."""

    def __init__(self, tmp: Path, heap: str) -> None:
        if not (CACHE / "lib" / ".complete").exists():
            raise SystemExit(f"no Neo4j install in {CACHE}: run scripts/neo4j-local install first")
        self.home = tmp / "home"
        (self.home / "conf").mkdir(parents=True)
        (self.home / "lib").symlink_to(CACHE / "lib", target_is_directory=True)
        shutil.copy(CACHE / "install.properties", self.home)
        self.password = "bench-" + os.urandom(6).hex()
        self.bolt = _free_port()
        self.env = {**os.environ, "NEO4J_HOME_CACHE": str(self.home), "NEO4J_BOLT_PORT": str(self.bolt),
                    "NEO4J_HTTP_PORT": str(_free_port()), "NEO4J_GUIDE_DIR": str(tmp / "none"),
                    "NEO4J_GUIDE_PORT": str(_free_port()), "NEO4J_PASSWORD": self.password,
                    "NEO4J_HEAP": heap, "NEO4J_PAGECACHE": "256m", "NEO4J_START_TIMEOUT": "300"}

    def run(self, command: str) -> None:
        subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-local"), command], env=self.env, check=True)


def admin_import(graph, tmp: Path) -> dict:
    """neo4j-admin database import full of the graph's CSVs into a fresh home: seconds and rows/s."""
    from policykg.stores.neo4j_export import write_import_csv

    admin = CACHE / "bin" / "neo4j-admin"
    if not admin.exists():
        return {"available": False, "reason": f"{admin} not found (scripts/neo4j-local install writes it)"}
    home = tmp / "admin-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    (home / "lib").symlink_to(CACHE / "lib", target_is_directory=True)
    t0 = time.perf_counter()
    _, script = write_import_csv(graph, tmp / "csv")
    export_s = time.perf_counter() - t0
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "NEO4J_ADMIN": str(admin),
           "HEAP_SIZE": "1g"}
    t0 = time.perf_counter()
    done = subprocess.run(["sh", str(script), "neo4j"], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        return {"available": False, "reason": "neo4j-admin failed: " + done.stdout[-1500:] + done.stderr[-1500:]}
    rows = len(graph.nodes) + len(graph.edges)
    return {"available": True, "seconds": round(seconds, 2), "csv_export_s": round(export_s, 2),
            "rows_per_s": round(rows / seconds), "note": "wall time of the neo4j-admin process, JVM start included; "
            "into an offline database directory (no server, no constraints)"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relationships", type=int, default=100_000, help="at least this many relationships")
    ap.add_argument("--runs", type=int, default=3, help="batched loads (median reported)")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured batched loads first (JIT, page cache)")
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--sample-docs", type=int, default=12, help="documents loaded row by row")
    ap.add_argument("--heap", default="1g", help="heap of the throwaway server")
    ap.add_argument("--use-env", action="store_true", help="use NEO4J_URI/USER/PASSWORD (the database is CLEARED)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    from policykg.stores.neo4j import connect

    n_docs = 50
    while True:
        t0 = time.perf_counter()
        g = synthetic_graph(n_docs, args.seed)
        if len(g.edges) >= args.relationships:
            break
        n_docs = int(n_docs * args.relationships / max(1, len(g.edges))) + 10
    build_s = time.perf_counter() - t0
    rows = len(g.nodes) + len(g.edges)
    print(f"graph: {len(g.documents)} documents, {len(g.nodes)} nodes, {len(g.edges)} relationships", flush=True)
    sample = subgraph(g, set(sorted(g.documents)[: args.sample_docs]))
    sample_rows = len(sample.nodes) + len(sample.edges)

    with tempfile.TemporaryDirectory(prefix="bench-neo4j-") as tmpdir:
        tmp = Path(tmpdir)
        server = None
        if args.use_env:
            store = connect()
        else:
            server = Server(tmp, args.heap)
            server.run("start")
            store = connect(f"bolt://127.0.0.1:{server.bolt}", "neo4j", server.password)
        try:
            version = store.version
            store.clear()
            store.ensure_schema()  # so the first timed run does not also pay for index creation
            for run in range(args.warmup):
                store.clear()
                print(f"warm-up load {run + 1}: {store.load(g, batch_size=args.batch_size)['seconds']:.1f}s",
                      flush=True)
            # interleaved: each round times a full batched load, then row by row on the sample, so
            # both see the same machine load (the benchmark machine is shared)
            batched, rbr, ratios = [], [], []
            for run in range(args.runs):
                store.clear()
                result = store.load(g, batch_size=args.batch_size)
                counts = store.counts()
                assert counts == {"nodes": g.counts()["nodes"], "relationships": g.counts()["edges"]}, counts
                store.clear()
                rbr_rows, rbr_s = row_by_row(store, sample)
                batched.append(result["seconds"])
                rbr.append(rbr_s)
                ratios.append((rows / result["seconds"]) / (rbr_rows / rbr_s))
                print(f"round {run + 1}: batched {result['seconds']:.1f}s, row by row {rbr_rows} rows in "
                      f"{rbr_s:.1f}s, ratio {ratios[-1]:.1f}x", flush=True)
            store.clear()
            t0 = time.perf_counter()
            store.load(sample, batch_size=args.batch_size)
            sample_batched_warm_s = time.perf_counter() - t0
            store.clear()
        finally:
            store.close()
            if server is not None:
                server.run("stop")
        admin = admin_import(g, tmp)
        print(f"neo4j-admin: {admin}", flush=True)

    batched_s = median(batched)
    batched_rps = rows / batched_s
    rbr_s = median(rbr)
    rbr_rps = rbr_rows / rbr_s
    out = {
        "neo4j_version": version,
        "graph": {"documents": len(g.documents), "nodes": len(g.nodes), "relationships": len(g.edges),
                  "rows": rows, "build_s": round(build_s, 2), "generator": "bench_neo4j.synthetic_graph (synthetic)"},
        "settings": {"runs": args.runs, "warmup_runs": args.warmup, "batch_size": args.batch_size, "sample_docs": args.sample_docs,
                     "server": "NEO4J_URI" if args.use_env else f"throwaway scripts/neo4j-local, heap {args.heap}",
                     "seed": args.seed},
        "batched": {"seconds": [round(s, 2) for s in batched], "median_s": round(batched_s, 2),
                    "rows_per_s": round(batched_rps),
                    "note": "Neo4jStore.load into an emptied database: schema check, shared entities, one "
                            "transaction per document batch, derived edges, clean-up"},
        "row_by_row": {"rows": rbr_rows, "seconds": [round(x, 2) for x in rbr], "median_s": round(rbr_s, 2),
                       "rows_per_s": round(rbr_rps, 1),
                       "measured_on": f"a sample of {args.sample_docs} documents and the shared nodes they use "
                                      f"({sample_rows} rows), once per round right after the batched load; the "
                                      "rate is compared (loading the full graph row by row would take hours)",
                       "method": "one MERGE statement per node / relationship, each in its own managed transaction"},
        "batched_on_sample": {"rows": sample_rows, "seconds": round(sample_batched_warm_s, 2),
                              "rows_per_s": round(sample_rows / sample_batched_warm_s),
                              "note": "a load this small is dominated by the fixed per-load work (schema check, "
                                      "shared entities, derived graph, clean-up)"},
        "neo4j_admin": admin,
        "ratios": {"batched_vs_row_by_row": round(batched_rps / rbr_rps, 1),
                   "batched_vs_row_by_row_per_round": [round(r, 1) for r in ratios],
                   "batched_vs_row_by_row_median_of_rounds": round(median(ratios), 1),
                   "batched_vs_row_by_row_same_sample": round((sample_rows / sample_batched_warm_s) / rbr_rps, 1),
                   "neo4j_admin_vs_batched": (round(admin["rows_per_s"] / batched_rps, 2)
                                              if admin.get("available") else None)},
        "target": {"batched_vs_row_by_row": 20.0},
    }
    out["target"]["met"] = out["ratios"]["batched_vs_row_by_row"] >= 20.0
    path = write_results("neo4j", out)
    print(f"wrote {path}: batched {batched_rps:.0f} rows/s, row by row {rbr_rps:.1f} rows/s, "
          f"ratio {out['ratios']['batched_vs_row_by_row']}x", flush=True)


if __name__ == "__main__":
    main()
