"""`policykg neo4j load` against `neo4j-admin database import full` of the same rows, on a built 1k graph.

Like for like (issue 18): one graph that ``policykg build`` made of the generated corpus
(``bench/generate_corpus.py``, synthetic, for benchmarks only), one dedicated Neo4j server
(scripts/neo4j-local with its own home and ports), and per round, each into a fresh, empty database:

* **load**: ``policykg neo4j load --store STORE --json`` (the command's own ``seconds``, which
  include creating the schema, and the whole process's wall time, reading the store included);
* **neo4j-admin**: ``policykg neo4j export --store STORE --out CSV`` writes the CSVs from the
  same rows the loader sends (and ``import.sh``, ``schema.cypher``); with the server stopped,
  ``sh import.sh neo4j`` runs ``neo4j-admin database import full``; then the server is started
  again and ``schema.cypher`` is run (constraints and indexes, awaited), so that both databases
  are the same: their counts, and their properties per label and type, are compared.

Ratios: the loader's seconds over neo4j-admin's (the process, JVM start included), and the whole
load command over export + import + restart + schema.

Usage: .venv/bin/python bench/bench_neo4j_admin.py [--docs 1000] [--runs 3] [--home DIR]
    [--bolt-port 7887] [--http-port 7888] [--store STORE]
Writes bench/results/neo4j_admin.json (if neo4j-admin cannot run, the file says why).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import corpus  # noqa: E402
from common import median, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
JARS = Path(os.environ.get("NEO4J_HOME_CACHE") or ROOT / ".cache" / "neo4j")
TARGET = 2.0
PY = [sys.executable, "-m", "policykg"]


class Server:
    """A scripts/neo4j-local server in ``home`` (its jars linked from ``jars``), on fixed ports."""

    def __init__(self, home: Path, jars: Path, bolt: int, http: int, heap: str) -> None:
        if not (jars / "lib" / ".complete").exists():
            raise SystemExit(f"no Neo4j install in {jars}: run scripts/neo4j-local install first")
        self.home, self.jars = home, jars
        home.mkdir(parents=True, exist_ok=True)
        if not (home / "lib").exists():
            (home / "lib").symlink_to(jars / "lib", target_is_directory=True)
        shutil.copy(jars / "install.properties", home)
        self.env = {**os.environ, "NEO4J_HOME_CACHE": str(home), "NEO4J_BOLT_PORT": str(bolt),
                    "NEO4J_HTTP_PORT": str(http), "NEO4J_GUIDE_PORT": str(http + 1),
                    "NEO4J_GUIDE_DIR": str(home / "no-guide"), "NEO4J_HEAP": heap, "NEO4J_PAGECACHE": "256m",
                    "NEO4J_START_TIMEOUT": "300"}
        self.env.pop("NEO4J_PASSWORD", None)
        self.uri = f"bolt://127.0.0.1:{bolt}"

    def run(self, command: str) -> float:
        t0 = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-local"), command], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - t0

    def password(self) -> str:
        out = subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-local"), "env"], env=self.env, check=True,
                             capture_output=True, text=True).stdout
        words = dict(w.split("=", 1) for w in shlex.split(out.replace("export ", "")) if "=" in w)
        return words["NEO4J_PASSWORD"]

    def empty(self) -> None:
        """Stop, delete the ``neo4j`` database's files, start: the server creates it empty."""
        self.run("stop")
        for sub in ("databases", "transactions"):
            shutil.rmtree(self.home / "data" / sub / "neo4j", ignore_errors=True)
        self.run("start")


def cli(args: list[str], env: dict) -> tuple[float, dict]:
    """A policykg command in a fresh process: (wall seconds, its --json output)."""
    t0 = time.perf_counter()
    proc = subprocess.run(PY + args + ["--json"], capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"policykg {' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return wall, json.loads(proc.stdout)


def fingerprint(server: Server, password: str) -> dict:
    """Counts, and the number of properties, per label and per relationship type."""
    from policykg import api

    with api.connect_neo4j(server.uri, "neo4j", password) as neo:
        nodes = neo.run_read("MATCH (n) RETURN labels(n)[0] AS k, count(*) AS n, sum(size(keys(n))) AS props")
        rels = neo.run_read("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n, sum(size(keys(r))) AS props")
        schema = neo.run_read("SHOW INDEXES YIELD name, type, state WHERE state = 'ONLINE' RETURN name, type")
    return {"nodes": {r["k"]: [r["n"], r["props"]] for r in sorted(nodes, key=lambda r: r["k"])},
            "relationships": {r["k"]: [r["n"], r["props"]] for r in sorted(rels, key=lambda r: r["k"])},
            "online_indexes": sorted(f"{r['name']} ({r['type']})" for r in schema)}


def run_schema(server: Server, password: str, schema: Path) -> float:
    """``schema.cypher`` statement by statement, then wait for the indexes: seconds."""
    from policykg import api
    from policykg.stores.neo4j_mapping import cypher_statements

    # comment lines dropped wherever they are (splitting first and dropping chunks that start with a comment
    # dropped the file's first statement, the policy_key constraint, under its header comment)
    statements = cypher_statements(schema.read_text("utf-8"))
    t0 = time.perf_counter()
    with api.connect_neo4j(server.uri, "neo4j", password) as neo:
        for s in statements:
            neo.run_write(s)
    return time.perf_counter() - t0


def admin_round(server: Server, password: str, store: Path, csv: Path, env: dict) -> dict:
    """Export the CSVs, import them with neo4j-admin into the stopped server's database, restart, schema."""
    shutil.rmtree(csv, ignore_errors=True)
    export_wall, _ = cli(["neo4j", "export", "--store", str(store), "--out", str(csv)], env)
    server.run("stop")
    admin_env = {**os.environ, "NEO4J_HOME": str(server.home), "NEO4J_CONF": str(server.home / "conf"),
                 "NEO4J_ADMIN": str(server.jars / "bin" / "neo4j-admin"), "HEAP_SIZE": "1g"}
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    done = subprocess.run(["sh", str(csv / "import.sh"), "neo4j"], env=admin_env, capture_output=True, text=True)
    import_s = time.perf_counter() - t0
    load_after = os.getloadavg()[0]
    if done.returncode != 0:
        server.run("start")
        return {"available": False, "reason": "neo4j-admin database import full failed (exit "
                f"{done.returncode}): {(done.stdout[-1500:] + done.stderr[-1500:]).strip()}"}
    start_s = server.run("start")
    schema_s = run_schema(server, password, csv / "schema.cypher")
    return {"available": True, "export_wall_s": round(export_wall, 2), "import_s": round(import_s, 2),
            "load_average": [round(load_before, 2), round(load_after, 2)],
            "restart_s": round(start_s, 2), "schema_s": round(schema_s, 2),
            "end_to_end_s": round(export_wall + import_s + start_s + schema_s, 2),
            "csv_bytes": sum(p.stat().st_size for p in csv.rglob("*.csv")),
            "fingerprint": fingerprint(server, password)}


def load_round(server: Server, password: str, store: Path, env: dict) -> dict:
    """``policykg neo4j load`` of the store into a fresh, empty database."""
    server.empty()
    load_before = os.getloadavg()[0]
    wall, report = cli(["neo4j", "load", "--store", str(store), "--uri", server.uri], env)
    return {"wall_s": round(wall, 2), "load_s": round(report["loaded"]["seconds"], 2),
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
            "rows": report["loaded"]["nodes"] + report["loaded"]["relationships"],
            "loaded": {k: report["loaded"][k] for k in ("documents", "nodes", "relationships")},
            "fingerprint": fingerprint(server, password)}


def build(corpus_dir: Path, work: Path) -> tuple[Path, dict]:
    """``policykg build`` of the corpus into a store (no exports, no views): the graph both paths read."""
    store = work / "store"
    shutil.rmtree(store, ignore_errors=True)
    wall, summary = cli(["build", str(corpus_dir), "--out", str(work / "out"), "--store", str(store),
                         "--jobs", "2", "--exports", "none", "--no-views"], dict(os.environ))
    shutil.rmtree(work / "out", ignore_errors=True)
    return store, {"documents": len(summary["documents"]), "nodes": sum(summary["counts"]["nodes"].values()),
                   "edges": sum(summary["counts"]["edges"].values()), "build_wall_s": round(wall, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--home", type=Path, default=ROOT / "bench" / ".work" / "neo4j-admin-home",
                    help="home of the dedicated server (made here; its database is replaced)")
    ap.add_argument("--jars", type=Path, default=JARS, help="a scripts/neo4j-local install to take the jars from")
    ap.add_argument("--bolt-port", type=int, default=7887)
    ap.add_argument("--http-port", type=int, default=7888)
    ap.add_argument("--heap", default="1g")
    ap.add_argument("--workdir", type=Path, default=ROOT / "bench" / ".work")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--store", type=Path, help="a store `policykg build` already made of the corpus (else built here)")
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    work = args.workdir / "neo4j-admin"
    work.mkdir(parents=True, exist_ok=True)
    if args.store:
        store, graph = args.store, {"store": str(args.store)}
    else:
        store, graph = build(corpus(args.workdir, args.docs, args.seed), work)
    print(f"graph: {graph}", flush=True)

    server = Server(args.home, args.jars, args.bolt_port, args.http_port, args.heap)
    server.run("start")
    loads, admins = [], []
    try:
        password = server.password()
        env = {**os.environ, "NEO4J_PASSWORD": password, "NEO4J_USER": "neo4j"}
        for i in range(args.runs):
            loads.append(load_round(server, password, store, env))
            admins.append(admin_round(server, password, store, work / "csv", env))
            a = admins[-1]
            print(f"round {i + 1}: load {loads[-1]['load_s']} s (command {loads[-1]['wall_s']} s); "
                  + (f"neo4j-admin {a['import_s']} s, export+import+restart+schema {a['end_to_end_s']} s"
                     if a["available"] else a["reason"]), flush=True)
            if not a["available"]:
                break
    finally:
        server.run("stop")
    shutil.rmtree(work, ignore_errors=True)

    result: dict = {
        "settings": {"docs": args.docs, "runs": args.runs, "heap": args.heap, "seed": args.seed,
                     "server": f"scripts/neo4j-local, own home, bolt {args.bolt_port}, page cache 256m",
                     "admin_heap": "1g"},
        "graph": {**graph, **(loads[0]["loaded"] if loads else {})}, "load_runs": loads, "admin_runs": admins,
    }
    ok = [a for a in admins if a["available"]]
    if not ok:
        result["neo4j_admin"] = {"available": False, "reason": admins[-1]["reason"] if admins else "not run"}
    else:
        same = all(a["fingerprint"][k] == l["fingerprint"][k] for a, l in zip(ok, loads)
                   for k in ("nodes", "relationships"))
        only_load = sorted(set(loads[0]["fingerprint"]["online_indexes"]) - set(ok[0]["fingerprint"]["online_indexes"]))
        only_admin = sorted(set(ok[0]["fingerprint"]["online_indexes"]) - set(loads[0]["fingerprint"]["online_indexes"]))
        load_s, wall_s = median([l["load_s"] for l in loads]), median([l["wall_s"] for l in loads])
        import_s, e2e_s = median([a["import_s"] for a in ok]), median([a["end_to_end_s"] for a in ok])
        ratio = round(load_s / import_s, 2)
        result.update({
            "same_database": same,
            "indexes_only_after_load": only_load, "indexes_only_after_admin": only_admin,
            "medians": {"load_s": load_s, "load_command_s": wall_s, "admin_import_s": import_s,
                        "admin_end_to_end_s": e2e_s, "export_s": median([a["export_wall_s"] for a in ok]),
                        "restart_s": median([a["restart_s"] for a in ok]),
                        "schema_s": median([a["schema_s"] for a in ok])},
            "ratios": {"load_over_admin_import": ratio, "load_command_over_admin_end_to_end": round(wall_s / e2e_s, 2),
                       "load_over_admin_import_per_round": [round(l["load_s"] / a["import_s"], 2)
                                                            for l, a in zip(loads, ok)]},
            "load_average": {"min": min(x for r in loads + ok for x in r["load_average"]),
                             "max": max(x for r in loads + ok for x in r["load_average"]),
                             "note": f"1-minute load average before and after each load and import; {os.cpu_count()} "
                                     "cores, so a load above that means the server shared the CPU"},
            "targets": {"load_over_admin_import": {
                "target": f"<= {TARGET:g}x neo4j-admin import", "limit": TARGET, "higher_is_better": False,
                "value": ratio, "met": ratio <= TARGET and same}},
        })
    path = write_results("neo4j_admin", result)
    print(f"{path}: {result.get('ratios') or result.get('neo4j_admin')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
