"""Canned questions as `policykg query` runs them (whole process, on-disk store), beside rdflib, on a built 1k graph.

Usage: .venv/bin/python bench/bench_query.py [--docs 1000] [--store STORE] [--cli-runs 3] [--runs 5]
    [--rdflib-runs 1] [--rdflib-timeout 120] [--no-rdflib] [--workdir bench/.work] [--seed 7]
Writes bench/results/query.json.  Targets (issue 18): every canned question >= 50x rdflib's default
store as `policykg query` runs it, and <= 1 s for the questions that return <= 1,000 rows.

One graph, the one users query: ``policykg build`` of the generated corpus (``bench/generate_corpus.py``,
synthetic, for benchmarks only) into a store (no exports, no views), or ``--store`` a store it made.
Every question with the same parameters (the defaults; the required ones picked from the graph:
the busiest agency, the first document, the jurisdiction holding most policies, a day) is timed

* **cli**: ``policykg query NAME --store STORE [-p K=V ...]`` in a fresh process, default output
  (the table) to a pipe that is read to its end: wall time from spawn to exit (start-up, imports,
  opening the store, the query, the printing), its peak memory (the process's max RSS) and the bytes
  it printed; ``--cli-runs`` times, median;
* **library (on disk)**: :func:`policykg.api.run_question` with ``store_dir`` in this process (opens the
  store read-only, runs and finalises, as the command does without start-up and printing);
* **library (in memory)**: the same on the store's quads loaded into an in-memory pyoxigraph store;
* **rdflib**: the question's SPARQL with the same bindings on rdflib's default store
  (``Dataset(default_union=True)``, Memory store) holding the same quads, up to ``--rdflib-runs``
  times within ``--rdflib-timeout`` seconds in a forked child that is killed at the limit (the ratio is
  then a lower bound); whether its rows equal the library's is recorded.

The 1-minute load average is sampled before each question of each phase and summarised (min, median, max): the
machine may be shared.
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import corpus  # noqa: E402
from common import load_average, load_summary, median, timed, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 50.0
TARGET_SMALL_S = 1.0
SMALL_ROWS = 1000
DATE = "2024-06-01"


def build_store(corpus_dir: Path, work: Path) -> tuple[Path, dict]:
    """``policykg build`` of the corpus into a store (no exports, no views)."""
    store, out = work / "store", work / "out"
    for d in (store, out):
        shutil.rmtree(d, ignore_errors=True)
    cmd = [sys.executable, "-m", "policykg", "build", str(corpus_dir), "--out", str(out), "--store", str(store),
           "--jobs", "2", "--exports", "none", "--no-views", "--json"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = json.loads(proc.stdout)
    shutil.rmtree(out, ignore_errors=True)
    return store, {"documents": len(summary["documents"]), "build_wall_s": round(wall, 1)}


def command() -> list[str]:
    """The ``policykg`` script of this environment (what a user runs), else ``python -m policykg``."""
    script = Path(sys.executable).with_name("policykg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "policykg"]


def run_cli(args: list[str]) -> dict:
    """One command in a fresh process, its stdout read to the end: wall s, peak RSS MB, bytes printed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command() + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    size = 0
    while chunk := proc.stdout.read(1 << 16):
        size += len(chunk)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"policykg {' '.join(args)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"s": wall, "max_rss_mb": usage.ru_maxrss / 1024, "bytes": size}


def parameters(store: Path) -> dict[str, dict]:
    """The required parameters, picked from the graph (the same for every engine)."""
    from policykg.api import run_question
    from policykg.stores.directory import open_store

    busiest = run_question("agency_workload", {}, store_dir=store)["rows"][0]["agency_name"]
    with open_store(store) as rdf:
        first = rdf.documents()[0]
        where = rdf.query("""PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?n (COUNT(DISTINCT ?p) AS ?c) WHERE { ?p dcterms:spatial ?j . ?j skos:broader* ?up .
            ?up skos:prefLabel ?n } GROUP BY ?n ORDER BY DESC(?c) ?n LIMIT 1""")[0]["n"]
    return {"agency_measures": {"agency": busiest}, "policy_responsibilities": {"policy": first},
            "jurisdiction": {"jurisdiction": where}, "expired_measures": {"date": DATE},
            "policies_in_force": {"date": DATE}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--store", type=Path, help="a store `policykg build` made of the corpus (else built here)")
    ap.add_argument("--cli-runs", type=int, default=3, help="fresh `policykg query` processes per question")
    ap.add_argument("--runs", type=int, default=5, help="library runs per question and store (median)")
    ap.add_argument("--rdflib-runs", type=int, default=1, help="rdflib runs per question at most")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per question for rdflib")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib (keeps its last results, if any)")
    ap.add_argument("--only", nargs="*", help="these questions only (for development; not a full result)")
    ap.add_argument("--workdir", type=Path, default=ROOT / "bench" / ".work")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="query", help="results file name (bench/results/NAME.json)")
    args = ap.parse_args(argv)

    from policykg.api import list_questions, run_question
    from policykg.stores.directory import open_store
    from policykg.stores.rdf import RDFStore

    graph: dict = {}
    if args.store:
        store = args.store
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
        work = args.workdir / "query"
        work.mkdir(parents=True, exist_ok=True)
        store, graph = build_store(corpus(args.workdir, args.docs, args.seed), work)
    with open_store(store) as rdf:
        graph.update(documents=len(rdf.documents()), quads=len(rdf))
    print(f"store {store}: {graph}", flush=True)
    params = parameters(store)
    questions = [q for q in list_questions() if not args.only or q.name in args.only]
    loads = {"start": load_average()}

    # start-up floor: the command that does nothing but print its version
    startup = median([run_cli(["--version"])["s"] for _ in range(args.cli_runs)])
    print(f"policykg --version: {startup:.3f} s", flush=True)
    startup_help = median([run_cli(["query", "--help"])["s"] for _ in range(args.cli_runs)])
    print(f"policykg query --help: {startup_help:.3f} s", flush=True)

    results = {}
    samples = [loads["start"]]
    for q in questions:
        p = params.get(q.name, {})
        flags = [x for k, v in p.items() for x in ("-p", f"{k}={v}")]
        samples.append(load_average())
        runs = [run_cli(["query", q.name, "--store", str(store), *flags]) for _ in range(args.cli_runs)]
        rows: list = []

        def disk() -> None:
            nonlocal rows
            rows = run_question(q.name, p, store_dir=store)["rows"]

        disk()  # warm-up (the page cache, as for the command's runs)
        disk_s = median(timed(disk, args.runs))
        results[q.name] = {
            "question": q.name, "params": q.bind(p), "rows": len(rows),
            "cli_median_s": round(median([r["s"] for r in runs]), 4),
            "cli_runs_s": [round(r["s"], 4) for r in runs],
            "cli_max_rss_mb": round(max(r["max_rss_mb"] for r in runs), 1),
            "cli_stdout_bytes": runs[0]["bytes"],
            "disk_median_s": round(disk_s, 5),
        }
        print(f"{q.name:26s} rows {len(rows):7d}  cli {results[q.name]['cli_median_s']:7.3f} s "
              f"({results[q.name]['cli_max_rss_mb']:.0f} MB)  library on disk {disk_s:7.3f} s", flush=True)
    loads["after_cli"] = load_average()

    # in memory: the same quads in an in-memory store
    with open_store(store) as rdf:
        from pyoxigraph import RdfFormat

        nquads = rdf.store.dump(format=RdfFormat.N_QUADS)
    mem = RDFStore()
    mem.store.bulk_load(nquads, RdfFormat.N_QUADS)
    for q in questions:
        p = params.get(q.name, {})

        def memory() -> None:
            run_question(q.name, p, store=mem)

        memory()
        samples.append(load_average())
        results[q.name]["memory_median_s"] = round(median(timed(memory, args.runs)), 5)
        print(f"{q.name:26s} in memory {results[q.name]['memory_median_s']:7.3f} s", flush=True)
    mem = None
    gc.collect()
    loads["after_memory"] = load_average()

    previous = {}
    if args.no_rdflib:
        try:
            old = json.loads((ROOT / "bench" / "results" / f"{args.out}.json").read_text("utf-8"))
            previous = {r["question"]: r for r in old.get("results", [])}
        except (OSError, ValueError):
            pass
        for name, r in results.items():
            for key in ("rdflib_median_s", "rdflib_runs", "rdflib_timed_out", "same_rows"):
                if key in previous.get(name, {}):
                    r[key] = previous[name][key]
            if "rdflib_median_s" in r:
                r["rdflib_from_previous_run"] = True
        rdflib_load = rdflib_version = None
    else:
        import rdflib
        from bench_sparql import run_rdflib

        from policykg.queries.sparql import unordered_sparql  # the text `policykg query` runs

        rdflib_version = rdflib.__version__
        t0 = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        ds.parse(data=nquads, format="nquads")
        rdflib_load = round(time.perf_counter() - t0, 1)
        print(f"rdflib Dataset (Memory store) loaded in {rdflib_load} s", flush=True)
        for q in questions:
            bound = q.bind(params.get(q.name, {}))
            samples.append(load_average())
            rd_times, rd_rows = run_rdflib(ds, unordered_sparql(q), bound, args.rdflib_runs, args.rdflib_timeout)
            r = results[q.name]
            r["rdflib_median_s"] = round(median(rd_times), 4)
            r["rdflib_runs"] = len(rd_times)
            r["rdflib_timed_out"] = rd_rows is None
            r["same_rows"] = None if rd_rows is None else \
                q.finalize(rd_rows) == run_question(q.name, params.get(q.name, {}), store_dir=store)["rows"]
            print(f"{q.name:26s} rdflib {'>=' if rd_rows is None else '  '}{r['rdflib_median_s']:8.2f} s  "
                  f"same rows: {r['same_rows']}", flush=True)
        ds = None
    del nquads
    loads["end"] = load_average()
    samples.append(loads["end"])
    cores = os.cpu_count() or 1
    loads.update(load_summary(samples, f"1-minute load average before each question of each phase (command, in "
                                       f"memory, rdflib) and at the end, on {cores} cores; a load above {cores} "
                                       "means the timings shared the CPU with other processes"))

    for r in results.values():
        rd = r.get("rdflib_median_s")
        for key in ("cli", "disk", "memory"):
            t = r.get(f"{key}_median_s")
            r[f"speedup_{key}"] = round(rd / t, 1) if rd and t else None
        r["speedup_is_lower_bound"] = bool(r.get("rdflib_timed_out"))
        r["small"] = r["rows"] <= SMALL_ROWS
        r["meets_speedup"] = None if r["speedup_cli"] is None else r["speedup_cli"] >= TARGET
        r["meets_time"] = r["cli_median_s"] <= TARGET_SMALL_S if r["small"] else None

    def geo(xs: list[float]) -> float | None:
        xs = [x for x in xs if x]
        return round(math.exp(sum(math.log(x) for x in xs) / len(xs)), 1) if xs else None

    rs = list(results.values())
    cli_speedups = [r["speedup_cli"] for r in rs if r["speedup_cli"]]
    small = [r for r in rs if r["small"]]
    summary = {
        "questions": len(rs), "startup_s": round(startup, 4), "startup_query_help_s": round(startup_help, 4),
        "min_speedup_cli": min(cli_speedups, default=None), "geometric_mean_speedup_cli": geo(cli_speedups),
        "min_speedup_disk": min((r["speedup_disk"] for r in rs if r["speedup_disk"]), default=None),
        "min_speedup_memory": min((r["speedup_memory"] for r in rs if r["speedup_memory"]), default=None),
        "questions_meeting_speedup": sum(bool(r["meets_speedup"]) for r in rs),
        "small_questions": len(small), "small_questions_within_1s": sum(bool(r["meets_time"]) for r in small),
        "slowest_small_cli_s": max((r["cli_median_s"] for r in small), default=None),
        "max_cli_rss_mb": max((r["cli_max_rss_mb"] for r in rs), default=None),
    }
    targets = {
        "speedup_cli": {"target": f">= {TARGET:g}x rdflib on every question, as `policykg query` runs it",
                        "limit": TARGET, "higher_is_better": True, "value": summary["min_speedup_cli"],
                        "met": None if len(cli_speedups) < len(rs) else summary["min_speedup_cli"] >= TARGET},
        "small_cli_s": {"target": f"<= {TARGET_SMALL_S:g} s for questions of <= {SMALL_ROWS:,} rows",
                        "limit": TARGET_SMALL_S, "higher_is_better": False, "value": summary["slowest_small_cli_s"],
                        "met": summary["small_questions_within_1s"] == len(small)},
    }
    import pyoxigraph

    path = write_results(args.out, {
        "command": "policykg query NAME --store STORE [-p K=V ...] (default table output, to a pipe)",
        "versions": {"pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib_version},
        "graph": graph, "params": params,
        "settings": {"docs": args.docs, "cli_runs": args.cli_runs, "runs": args.runs,
                     "rdflib_runs": args.rdflib_runs, "rdflib_timeout_s": args.rdflib_timeout, "seed": args.seed,
                     "small_rows": SMALL_ROWS,
                     "rdflib_from_previous_run": bool(args.no_rdflib), "only": args.only},
        "rdflib_load_s": rdflib_load, "load_average": loads,
        "summary": summary, "targets": targets, "results": rs,
    })
    print(json.dumps(summary), f"-> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
