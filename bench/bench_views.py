"""The HTML views of a 1k-document build: their share of `policykg build`'s time and their size on disk.

Usage: .venv/bin/python bench/bench_views.py [--docs 1000] [--runs 1] [--baseline REV] [--workdir bench/.work]
Writes bench/results/views.json.  Targets (issue 18): views <= 20 % of the build's time, <= 100 MB on disk.

Measured, on the generated corpus (``bench/generate_corpus.py``, synthetic, for benchmarks only):

* ``build``: the real command in a fresh process, views on (its default):
  ``policykg build CORPUS --out OUT --store STORE --json --jobs J``.  The share is the command's own
  ``timings["views"]`` over its reported ``seconds``; the size is every file under ``OUT/views``
  (bytes, and the disk blocks ``du`` would count).
* ``views_only``: :func:`policykg.viz.write_views` of the graph read back from that build's store, timed
  in a fresh process for the current code and, with ``--baseline REV``, for ``src/policykg/viz`` as it
  was at commit REV (the rest of the package is today's, so both draw the same graph).  The baseline's
  share is its time over the build's time with today's views step replaced by it.
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
from bench_build import corpus  # noqa: E402
from common import median, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_SHARE = 0.20
TARGET_MB = 100.0

# Reads the graph from a store and writes its views; prints seconds, pages and what they hold.
_VIEWS = """
import json, sys, time
from policykg import api
from policykg.viz import write_views
g = api.open_graph(store=sys.argv[1])
try:  # the document pages show the stored texts, as in `policykg build` (a baseline without them has none)
    from policykg.viz import texts_from_store
    kw = {"texts": texts_from_store(sys.argv[1])}
except ImportError:
    kw = {}
t0 = time.perf_counter()
pages = write_views(g, sys.argv[2], **kw)
print(json.dumps({"seconds": time.perf_counter() - t0, "pages": len(pages), "nodes": len(g.nodes),
                  "edges": len(g.edges)}))
"""


def tree_size(path: Path) -> dict:
    """Files, bytes, disk bytes (allocated blocks) and page sizes of a views directory."""
    files = [p for p in path.rglob("*") if p.is_file()]
    pages = {"policy": [], "agency": [], "document": [], "other": []}
    for p in files:
        if p.suffix == ".html":
            kind = {"policies": "policy", "agencies": "agency", "documents": "document"}.get(p.parent.name, "other")
            pages[kind].append(p.stat().st_size)
    stats = {k: {"pages": len(v), "median_bytes": int(median(v)) if v else 0, "max_bytes": max(v, default=0)}
             for k, v in pages.items()}
    return {
        "files": len(files), "html_pages": sum(len(v) for v in pages.values()),
        "bytes": sum(p.stat().st_size for p in files),
        "disk_bytes": sum(p.stat().st_blocks * 512 for p in files),
        "mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "pages": stats,
        "largest": sorted(((p.stat().st_size, p.relative_to(path).as_posix()) for p in files), reverse=True)[:3],
    }


def run_build(corpus_dir: Path, work: Path, jobs: int) -> tuple[dict, Path]:
    """One `policykg build` with views; the store is kept for the views-only runs."""
    store, out = work / "store", work / "out"
    for d in (store, out):
        shutil.rmtree(d, ignore_errors=True)
    cmd = [sys.executable, "-m", "policykg", "build", str(corpus_dir), "--out", str(out), "--store", str(store),
           "--json", "--jobs", str(jobs)]
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        wall = time.perf_counter() - t0
        sink.seek(0)
        report = sink.read()
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = json.loads(report)
    timings = summary["timings"]
    result = {
        "wall_seconds": round(wall, 2), "reported_seconds": round(summary["seconds"], 2),
        "views_seconds": round(timings["views"], 2), "views_share": round(timings["views"] / summary["seconds"], 4),
        "timings": {k: round(v, 2) for k, v in timings.items()},
        "documents": len(summary["documents"]), "nodes": sum(summary["counts"]["nodes"].values()),
        "edges": sum(summary["counts"]["edges"].values()), "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2), "views": tree_size(out / "views"),
    }
    shutil.rmtree(out, ignore_errors=True)
    return result, store


def baseline_tree(rev: str, into: Path) -> Path:
    """The imported ``policykg`` package with its ``viz`` as it was at ``rev``; the directory to put on PYTHONPATH."""
    import policykg

    src = Path(policykg.__file__).resolve().parents[1]
    shutil.copytree(src, into / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    viz = into / "src" / "policykg" / "viz"
    shutil.rmtree(viz)
    archive = subprocess.run(["git", "archive", rev, "src/policykg/viz"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def views_only(store: Path, work: Path, pythonpath: Path | None) -> dict:
    """write_views of the stored graph in a fresh process (``pythonpath`` first on the path, if given)."""
    out = work / "views-only"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    proc = subprocess.run([sys.executable, "-c", _VIEWS, str(store), str(out)], capture_output=True, text=True,
                          cwd=work, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"write_views failed ({proc.returncode}): {proc.stderr[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds"] = round(result["seconds"], 2)
    result["views"] = tree_size(out)
    shutil.rmtree(out, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=1, help="builds (and views-only runs of each variant)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--baseline", help="also time src/policykg/viz as it was at this commit on the same graph")
    ap.add_argument("--workdir", type=Path, default=ROOT / "bench" / ".work")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus_dir = corpus(args.workdir, args.docs, args.seed)
    work = args.workdir / "views"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    base_path = baseline_tree(args.baseline, work / "baseline") if args.baseline else None

    builds, current, baseline = [], [], []
    for _ in range(args.runs):
        b, store = run_build(corpus_dir, work, args.jobs)
        builds.append(b)
        print(f"build {b['reported_seconds']} s, views {b['views_seconds']} s ({b['views_share']:.1%}), "
              f"{b['views']['mb']} MB in {b['views']['files']} files, load {b['load_before']}", flush=True)
        current.append(views_only(store, work, None))
        if base_path is not None:
            baseline.append(views_only(store, work, base_path))
            print(f"views only: current {current[-1]['seconds']} s {current[-1]['views']['mb']} MB, baseline "
                  f"{baseline[-1]['seconds']} s {baseline[-1]['views']['mb']} MB", flush=True)
    build_s = median([b["reported_seconds"] for b in builds])
    views_s = median([b["views_seconds"] for b in builds])
    share = median([b["views_share"] for b in builds])
    mb = builds[0]["views"]["mb"]
    result = {
        "command": "policykg build CORPUS --out OUT --store STORE --json --jobs J (views on, the default)",
        "settings": {"docs": args.docs, "runs": args.runs, "jobs": args.jobs, "seed": args.seed,
                     "baseline": args.baseline},
        "builds": builds,
        "medians": {"build_seconds": build_s, "views_seconds": views_s, "views_share": share, "views_mb": mb},
        "views_only": {"current": current, "baseline": baseline},
        "targets": {
            "views_share": {"target": f"<= {TARGET_SHARE:.0%} of the build", "limit": TARGET_SHARE,
                            "higher_is_better": False, "value": share, "met": share <= TARGET_SHARE},
            "views_mb": {"target": f"<= {TARGET_MB:g} MB", "limit": TARGET_MB, "higher_is_better": False,
                         "value": mb, "met": mb <= TARGET_MB},
        },
    }
    if baseline:
        cur_s = median([r["seconds"] for r in current])
        base_s = median([r["seconds"] for r in baseline])
        result["comparison"] = {
            "current_views_seconds": cur_s, "baseline_views_seconds": base_s,
            "speedup": round(base_s / cur_s, 2),
            "current_mb": current[0]["views"]["mb"], "baseline_mb": baseline[0]["views"]["mb"],
            "size_ratio": round(baseline[0]["views"]["bytes"] / current[0]["views"]["bytes"], 1),
            "baseline_share": round(base_s / (build_s - views_s + base_s), 4),
            "current_share_views_only": round(cur_s / (build_s - views_s + cur_s), 4),
        }
    shutil.rmtree(work, ignore_errors=True)
    path = write_results("views", result)
    print(f"views {share:.1%} of the build (target <= {TARGET_SHARE:.0%}), {mb} MB (target <= {TARGET_MB:g}) "
          f"-> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
