"""`policykg build` on generated corpora of 1k and 10k documents: wall time, peak memory, scaling, parallel speed-up.

Usage: .venv/bin/python bench/bench_build.py [--sizes 1000 10000] [--runs 3] [--runs-large 1]
                                             [--workdir bench/.work] [--views] [--seed 7]
Writes bench/results/build.json.  Targets: time(10k) / time(1k) <= 11 (same --jobs), and on the 1k corpus
time(--jobs 1) / time(--jobs 2) >= 1.8 (the two alternate, run after run, so that other load hits both alike).

Each build is the real command line in a fresh process on a fresh store and output directory:
``policykg build CORPUS --out OUT --store STORE --json --jobs J`` (every default export: Turtle, N-Triples,
TriG, JSON-LD, GraphML; the HTML views only with --views).  Measured per run:

* wall time of the command, from outside (``time.perf_counter`` around the subprocess);
* peak memory two ways: ``max_rss_mb``, the largest resident set of any single process of the build
  (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a wrapper process that runs only that build,
  exact), and ``tree_rss_mb``, the largest sum of the resident sets of the build's process tree
  (``/proc`` sampled every 0.2 s; forked workers share pages, so the sum over-counts);
* the machine's load average before and after, since other processes may share the cores;
* what the command reports itself (``documents_per_second`` and its per-step ``timings``).

The corpora come from ``bench/generate_corpus.py`` (synthetic, for benchmarks only) and are kept in the
work directory between runs; stores and exports are deleted after each run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, write_results  # noqa: E402
from generate_corpus import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_SCALING = 11.0
TARGET_SPEEDUP = 1.8

# Runs one build and prints its own children's peak RSS: RUSAGE_CHILDREN of this wrapper covers that build only.
_WRAPPER = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr[-4000:],
                  "max_rss_kb": usage.ru_maxrss}))
"""


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over ``root`` and its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def run_build(corpus: Path, work: Path, jobs: int, views: bool) -> dict:
    """One `policykg build` in a fresh process, store and output directory."""
    store, out = work / "store", work / "out"
    for d in (store, out):
        shutil.rmtree(d, ignore_errors=True)
    cmd = [sys.executable, "-m", "policykg", "build", str(corpus), "--out", str(out), "--store", str(store),
           "--json", "--jobs", str(jobs)] + ([] if views else ["--no-views"])
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    # the report goes to a file: a pipe nobody reads while the build runs fills up (64 KiB) and blocks it
    with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
        proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *cmd], stdout=sink, stderr=subprocess.DEVNULL,
                                text=True, cwd=ROOT)
        peak_tree = 0
        while proc.poll() is None:
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - t0
        load_after = os.getloadavg()
        sink.seek(0)
        report = json.loads(sink.read())
    if report["returncode"] != 0:
        raise SystemExit(f"build failed ({report['returncode']}): {report['stderr']}")
    summary = json.loads(report["stdout"])
    sizes = {p.name: p.stat().st_size for p in out.glob("graph.*")}
    for d in (store, out):
        shutil.rmtree(d, ignore_errors=True)
    return {
        "jobs": summary["jobs"], "seconds": round(seconds, 3),
        "max_rss_mb": round(report["max_rss_kb"] / 1024, 1), "tree_rss_mb": round(peak_tree / 1024, 1),
        "reported_seconds": summary["seconds"], "documents_per_second": summary["documents_per_second"],
        "timings": summary["timings"], "documents": len(summary["documents"]), "failed": len(summary["failed"]),
        "quads": summary["rdf"].get("quads"), "nodes": sum(summary["counts"]["nodes"].values()),
        "edges": sum(summary["counts"]["edges"].values()), "export_bytes": sizes,
        "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in load_after],
    }


def corpus(work: Path, n: int, seed: int) -> Path:
    """The generated corpus of ``n`` documents (made once, reused: generation is deterministic)."""
    path = work / f"corpus-{n}-seed{seed}"
    marker = path / ".complete"
    if not marker.exists():
        shutil.rmtree(path, ignore_errors=True)
        generate(n, path, seed)
        marker.write_text("ok\n")
    return path


def _median_of(runs: list[dict], key: str) -> float:
    return round(median([r[key] for r in runs]), 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000], metavar=("SMALL", "LARGE"))
    ap.add_argument("--runs", type=int, default=3, help="runs per --jobs setting on the small corpus")
    ap.add_argument("--runs-large", type=int, default=1, help="runs on the large corpus")
    ap.add_argument("--jobs", type=int, default=2, help="the parallel setting compared with --jobs 1")
    ap.add_argument("--workdir", type=Path, default=ROOT / "bench" / ".work")
    ap.add_argument("--views", action="store_true", help="also write the HTML views (the command's default)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    small_n, large_n = args.sizes
    args.workdir.mkdir(parents=True, exist_ok=True)
    build_dir = args.workdir / "build"
    small, large = corpus(args.workdir, small_n, args.seed), corpus(args.workdir, large_n, args.seed)

    def size(path: Path) -> dict:
        files = list(path.glob("*.txt"))
        return {"documents": len(files), "bytes": sum(f.stat().st_size for f in files)}

    runs: dict[str, list[dict]] = {"small_jobs1": [], f"small_jobs{args.jobs}": [], f"large_jobs{args.jobs}": []}
    for i in range(args.runs):  # alternate, so that load from other processes hits both settings alike
        for jobs in ((1, args.jobs) if i % 2 == 0 else (args.jobs, 1)):
            r = run_build(small, build_dir, jobs, args.views)
            runs[f"small_jobs{jobs}"].append(r)
            print(f"{small_n} docs, --jobs {jobs}: {r['seconds']:.1f} s, {r['max_rss_mb']:.0f} MB, "
                  f"load {r['load_before'][0]}", flush=True)
    for _ in range(args.runs_large):
        r = run_build(large, build_dir, args.jobs, args.views)
        runs[f"large_jobs{args.jobs}"].append(r)
        print(f"{large_n} docs, --jobs {args.jobs}: {r['seconds']:.1f} s, {r['max_rss_mb']:.0f} MB, "
              f"load {r['load_before'][0]}", flush=True)
    shutil.rmtree(build_dir, ignore_errors=True)

    s1, sj = runs["small_jobs1"], runs[f"small_jobs{args.jobs}"]
    med = {name: {"seconds": _median_of(rs, "seconds"), "max_rss_mb": _median_of(rs, "max_rss_mb"),
                  "tree_rss_mb": _median_of(rs, "tree_rss_mb"),
                  "documents_per_second": _median_of(rs, "documents_per_second")} for name, rs in runs.items()}
    scaling = med[f"large_jobs{args.jobs}"]["seconds"] / med[f"small_jobs{args.jobs}"]["seconds"]
    speedup = med["small_jobs1"]["seconds"] / med[f"small_jobs{args.jobs}"]["seconds"]
    pairs = [a["seconds"] / b["seconds"] for a, b in zip(s1, sj)]  # side by side, round by round
    # the parallel step alone (extraction, as the command times it), beside the whole build
    extract = median([r["timings"]["extract"] for r in s1]) / median([r["timings"]["extract"] for r in sj])
    loads = [x for rs in runs.values() for r in rs for x in (r["load_before"][0], r["load_after"][0])]
    result = {
        "command": "policykg build CORPUS --out OUT --store STORE --json --jobs J" + ("" if args.views else " --no-views"),
        "memory_method": "max_rss_mb: getrusage(RUSAGE_CHILDREN).ru_maxrss of a wrapper running only the build "
                         "(largest single process); tree_rss_mb: peak sum of VmRSS over the build's process tree, "
                         "sampled from /proc every 0.2 s",
        "settings": {"sizes": [small_n, large_n], "runs": args.runs, "runs_large": args.runs_large,
                     "jobs": args.jobs, "seed": args.seed, "views": args.views},
        "corpora": {str(small_n): size(small), str(large_n): size(large)},
        "load_average": {"min": min(loads), "max": max(loads), "median": round(median(loads), 2),
                         "note": "1-minute load average before and after each run; the machine has "
                                 f"{os.cpu_count()} cores, so a load above that means the builds shared the CPU"},
        "runs": runs,
        "medians": med,
        "ratios": {
            "scaling_large_over_small": round(scaling, 2),
            "speedup_jobs1_over_jobs": round(speedup, 2),
            "speedup_per_round": [round(x, 2) for x in pairs],
            "speedup_extract_step": round(extract, 2),
            "memory_large_over_small": round(med[f"large_jobs{args.jobs}"]["max_rss_mb"]
                                             / med[f"small_jobs{args.jobs}"]["max_rss_mb"], 2),
        },
        "targets": {
            "scaling_large_over_small": {"target": f"<= {TARGET_SCALING}", "limit": TARGET_SCALING,
                                         "higher_is_better": False, "value": round(scaling, 2),
                                         "met": scaling <= TARGET_SCALING},
            "speedup_jobs1_over_jobs": {"target": f">= {TARGET_SPEEDUP}", "limit": TARGET_SPEEDUP,
                                        "higher_is_better": True, "value": round(speedup, 2),
                                        "met": speedup >= TARGET_SPEEDUP},
        },
    }
    path = write_results("build", result)
    print(f"{large_n}/{small_n} time ratio {scaling:.2f} (target <= {TARGET_SCALING}), --jobs 1 / --jobs "
          f"{args.jobs} {speedup:.2f}x (target >= {TARGET_SPEEDUP}); load {min(loads)}-{max(loads)} -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
