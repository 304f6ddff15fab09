"""Write BENCHMARKS.md (and its SVG charts) from the results files of every benchmark.

Usage: .venv/bin/python bench/report.py [--results bench/results] [--out BENCHMARKS.md]

Every number on the page is read from bench/results/{extract,sparql,neo4j,viz,build}.json, written by
the benchmarks themselves (``make bench`` runs them all, then this script); nothing is typed in.  A
missing results file is reported as "not measured yet".  The charts are SVG written here (no plotting
library): bench/results/ratios.svg (each headline ratio against its target, log scale) and
bench/results/build.svg (build wall time and peak memory per corpus size and --jobs).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BENCHMARKS = ("extract", "sparql", "neo4j", "viz", "build")
NOT_MEASURED = "not measured yet"


def load(results: Path) -> dict[str, dict | None]:
    """Each benchmark's results, or None when its file is missing or unreadable."""
    out: dict[str, dict | None] = {}
    for name in BENCHMARKS:
        path = results / f"{name}.json"
        try:
            out[name] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            out[name] = None
    return out


def num(x: Any, digits: int = 2) -> str:
    """A number for the page: thousands separated, ``digits`` significant decimals; '–' when absent."""
    if x is None:
        return "–"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return f"{x:,}"
    if isinstance(x, float):
        if abs(x) >= 100:
            return f"{x:,.0f}"
        return f"{x:,.{digits}f}"
    return str(x)


def met(flag: Any) -> str:
    return {True: "**met**", False: "**not met**"}.get(flag, "–")


def get(data: dict | None, *path: Any, default: Any = None) -> Any:
    cur: Any = data
    for key in path:
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and isinstance(key, int) and -len(cur) <= key < len(cur):
            cur = cur[key]
        else:
            return default
    return cur


# -- headline ratios ---------------------------------------------------------------------------------

def _limit(text: Any) -> float | None:
    """The number of a target written as text in a results file ('ratio >= 1 (...)' -> 1.0)."""
    m = re.search(r"(?:>=|≥|<=|≤)\s*([0-9]+(?:\.[0-9]+)?)", str(text or ""))
    return float(m.group(1)) if m else None


def headlines(r: dict[str, dict | None]) -> list[dict]:
    """One row per target: what is compared, the measured value, the target (from the file), met or not."""
    b = r["build"]
    sizes = get(b, "settings", "sizes", default=[1000, 10000])
    jobs = get(b, "settings", "jobs", default=2)
    scaling, speedup = get(b, "targets", "scaling_large_over_small"), get(b, "targets", "speedup_jobs1_over_jobs")
    return [
        {"label": "Extraction speed ÷ jieba.lcut alone", "value": get(r["extract"], "ratio_extract_speed_over_jieba"),
         "target": _limit(get(r["extract"], "target")), "higher": True, "met": get(r["extract"], "meets_target")},
        {"label": "SPARQL: pyoxigraph ÷ rdflib (geometric mean)",
         "value": get(r["sparql"], "summary", "geometric_mean_speedup"),
         "target": get(r["sparql"], "summary", "target_speedup"), "higher": True,
         "met": get(r["sparql"], "summary", "target_met"),
         "note": (f"every question must reach it: {num(get(r['sparql'], 'summary', 'questions_meeting_target'))} of "
                  f"{num(get(r['sparql'], 'summary', 'questions'))} do; slowest ratio "
                  f"{num(get(r['sparql'], 'summary', 'min_speedup'))}×") if r["sparql"] else ""},
        {"label": "Neo4j load: batched ÷ row-by-row", "value": get(r["neo4j"], "ratios", "batched_vs_row_by_row"),
         "target": get(r["neo4j"], "target", "batched_vs_row_by_row"), "higher": True,
         "met": get(r["neo4j"], "target", "met")},
        {"label": f"Build time: {num(sizes[1])} docs ÷ {num(sizes[0])} docs", "value": get(scaling, "value"),
         "target": get(scaling, "limit", default=_limit(get(scaling, "target"))), "higher": False,
         "met": get(scaling, "met")},
        {"label": f"Build time: --jobs 1 ÷ --jobs {jobs} ({num(sizes[0])} docs)", "value": get(speedup, "value"),
         "target": get(speedup, "limit", default=_limit(get(speedup, "target"))), "higher": True,
         "met": get(speedup, "met")},
    ]


# -- SVG charts ---------------------------------------------------------------------------------------

def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">\n'
            f'<title>{escape(title)}</title>\n<rect width="100%" height="100%" fill="white"/>\n'
            + "\n".join(body) + "\n</svg>\n")


def ratio_chart(rows: list[dict]) -> str:
    """Horizontal bars on a log scale: each measured ratio, its target as a black tick."""
    left, right, top, bar_h, gap = 300, 60, 40, 18, 14
    width = 900
    values = [v for row in rows for v in (row["value"], row["target"]) if isinstance(v, (int, float)) and v > 0]
    lo = 10 ** math.floor(math.log10(min(values + [0.5])))
    hi = 10 ** math.ceil(math.log10(max(values + [2.0])))
    span = math.log10(hi) - math.log10(lo)
    plot_w = width - left - right

    def x(v: float) -> float:
        return left + plot_w * (math.log10(v) - math.log10(lo)) / span

    height = top + len(rows) * (bar_h + gap) + 50
    body = ['<text x="10" y="20" font-size="14" font-weight="bold">Measured ratio (bar) against target '
            '(black tick), log scale; green = target met</text>']
    k = 0
    while lo * 10 ** k <= hi:
        v = lo * 10 ** k
        body.append(f'<line x1="{x(v):.1f}" y1="{top - 5}" x2="{x(v):.1f}" y2="{height - 40}" stroke="#ddd"/>')
        body.append(f'<text x="{x(v):.1f}" y="{height - 25}" text-anchor="middle">{num(v, 1)}×</text>')
        k += 1
    for i, row in enumerate(rows):
        y = top + i * (bar_h + gap)
        direction = "higher is better" if row["higher"] else "lower is better"
        body.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(row["label"])}</text>')
        body.append(f'<text x="{left - 8}" y="{y + 25}" text-anchor="end" fill="#777" font-size="10">'
                    f'{direction}</text>')
        value = row["value"]
        if not isinstance(value, (int, float)) or value <= 0:
            body.append(f'<text x="{left + 5}" y="{y + 13}" fill="#777">{NOT_MEASURED}</text>')
            continue
        colour = {True: "#2e7d32", False: "#c62828"}.get(row["met"], "#777")
        x0 = x(lo)
        body.append(f'<rect x="{x0:.1f}" y="{y}" width="{max(1.0, x(value) - x0):.1f}" height="{bar_h}" '
                    f'fill="{colour}" opacity="0.85"/>')
        body.append(f'<text x="{x(value) + 4:.1f}" y="{y + 13}">{num(value)}×</text>')
        if isinstance(row["target"], (int, float)) and row["target"] > 0:
            tx = x(row["target"])
            body.append(f'<line x1="{tx:.1f}" y1="{y - 3}" x2="{tx:.1f}" y2="{y + bar_h + 3}" stroke="black" '
                        f'stroke-width="3"/>')
    return _svg(width, height, body, "policykg benchmarks: ratios against targets")


def build_chart(build: dict | None) -> str:
    """Bars of the median wall time and peak memory of each build setting."""
    width, left, top, bar_h, gap = 900, 260, 40, 18, 12
    meds = get(build, "medians", default={}) or {}
    sizes = get(build, "settings", "sizes", default=["small", "large"])
    names = {"small": f"{num(sizes[0])} docs", "large": f"{num(sizes[1])} docs"}
    rows = [(f"{names[k.split('_')[0]]}, --jobs {k.split('jobs')[1]}", v) for k, v in meds.items()]
    height = top + 2 * len(rows) * (bar_h + gap) + 60
    body = ['<text x="10" y="20" font-size="14" font-weight="bold">policykg build: median wall time and peak '
            'memory (largest process)</text>']
    if not rows:
        body.append(f'<text x="10" y="50">{NOT_MEASURED}</text>')
        return _svg(width, 80, body, "policykg build")
    plot_w = (width - left - 120)
    t_max = max(v["seconds"] for _, v in rows) or 1
    m_max = max(v["max_rss_mb"] for _, v in rows) or 1
    y = top
    for label, v in rows:
        body.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(label)}: time</text>')
        w = plot_w * v["seconds"] / t_max
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#1565c0"/>')
        body.append(f'<text x="{left + w + 4:.1f}" y="{y + 13}">{num(v["seconds"], 1)} s</text>')
        y += bar_h + gap
    y += 10
    for label, v in rows:
        body.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(label)}: memory</text>')
        w = plot_w * v["max_rss_mb"] / m_max
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#6a1b9a"/>')
        body.append(f'<text x="{left + w + 4:.1f}" y="{y + 13}">{num(v["max_rss_mb"], 0)} MB</text>')
        y += bar_h + gap
    return _svg(width, height, body, "policykg build: time and memory")


# -- the page -----------------------------------------------------------------------------------------

def machine_section(r: dict[str, dict | None]) -> list[str]:
    lines = ["## Machine", "", "| Benchmark | CPU | Cores | Memory | Python | Platform | Commit | Measured (UTC) |",
             "|---|---|---|---|---|---|---|---|"]
    for name in BENCHMARKS:
        m = get(r[name], "machine")
        if not m:
            lines.append(f"| {name} | {NOT_MEASURED} | | | | | | |")
            continue
        lines.append(f"| {name} | {m.get('cpu', '')} | {m.get('cores', '')} | {m.get('memory', '')} | "
                     f"{m.get('python', '')} | {m.get('platform', '')} | {m.get('commit', '')} | "
                     f"{m.get('measured_at', '')} |")
    load = get(r["build"], "load_average")
    if load:
        lines += ["", f"While the build benchmark ran, the 1-minute load average was {num(load.get('min'))}–"
                      f"{num(load.get('max'))} (median {num(load.get('median'))}) on "
                      f"{get(r['build'], 'machine', 'cores', default='?')} cores: " + load.get("note", "")]
    return lines + [""]


def summary_section(r: dict[str, dict | None], rows: list[dict]) -> list[str]:
    lines = ["## Summary", "", "| Compared (same run, same data) | Measured | Target | |", "|---|---|---|---|"]
    for row in rows:
        if row["value"] is None:
            lines.append(f"| {row['label']} | {NOT_MEASURED} | {'≥' if row['higher'] else '≤'} "
                         f"{num(row['target'])}× | |")
            continue
        note = f" ({row['note']})" if row.get("note") else ""
        lines.append(f"| {row['label']} | {num(row['value'])}×{note} | {'≥' if row['higher'] else '≤'} "
                     f"{num(row['target'])}× | {met(row['met'])} |")
    viz = r["viz"]
    if viz:
        for variant, v in (viz.get("variants") or {}).items():
            lines.append(f"| HTML view of {num(viz.get('nodes'))} nodes, {num(viz.get('edges'))} edges ({variant}): "
                         f"load / settle in Chromium | {num(v.get('load_median_s'))} s / "
                         f"{num((v.get('settle_median_ms') or 0) / 1000)} s | recorded, no target | |")
    else:
        lines.append(f"| HTML view load (5,000 nodes) | {NOT_MEASURED} | recorded, no target | |")
    return lines + ["", "![Measured ratios against their targets](bench/results/ratios.svg)", ""]


def extract_section(d: dict | None) -> list[str]:
    lines = ["## Extraction vs jieba", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    return lines + [
        f"The whole extraction pipeline and `jieba.lcut` alone over the same text: {num(d.get('documents'))} "
        f"documents, {num(d.get('bytes'))} bytes (UTF-8), {num(d.get('repeats'))} runs each, medians.", "",
        "| | Median s | MB/s |", "|---|---|---|",
        f"| policykg extraction | {num(d.get('extract_median_s'))} | {num(d.get('extract_mb_per_s'))} |",
        f"| jieba.lcut | {num(d.get('jieba_median_s'))} | {num(d.get('jieba_mb_per_s'))} |", "",
        f"Ratio {num(d.get('ratio_extract_speed_over_jieba'))}× — target: {d.get('target', '')}: "
        f"{met(d.get('meets_target'))}.", ""]


def sparql_section(d: dict | None) -> list[str]:
    lines = ["## SPARQL: pyoxigraph vs rdflib's default store", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    g, s = d.get("graph", {}), d.get("summary", {})
    lines += [f"The 12 canned questions on the same generated graph ({num(g.get('documents'))} documents, "
              f"{num(g.get('quads'))} quads), each engine in the same run; settings {json.dumps(d.get('settings', {}))}; "
              f"versions {json.dumps(d.get('versions', {}))}.", "",
              "| Question | Rows | pyoxigraph median s | rdflib median s | Speed-up | Same rows |",
              "|---|---|---|---|---|---|"]
    for q in d.get("results", []):
        bound = " (lower bound: rdflib timed out)" if q.get("speedup_is_lower_bound") else ""
        lines.append(f"| {q.get('question')} | {num(q.get('rows'))} | {num(q.get('pyoxigraph_median_s'), 4)} | "
                     f"{num(q.get('rdflib_median_s'), 3)} | {num(q.get('speedup'))}×{bound} | {num(q.get('same_rows'))} |")
    lines += ["", f"Geometric mean {num(s.get('geometric_mean_speedup'))}×, slowest {num(s.get('min_speedup'))}×, "
                  f"{num(s.get('questions_meeting_target'))} of {num(s.get('questions'))} questions at or over the "
                  f"target {num(s.get('target_speedup'))}×: {met(s.get('target_met'))}.", ""]
    return lines


def neo4j_section(d: dict | None) -> list[str]:
    lines = ["## Neo4j: batched vs row-by-row vs neo4j-admin", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    g, ratios = d.get("graph", {}), d.get("ratios", {})
    lines += [f"Neo4j {d.get('neo4j_version', '')}; graph of {num(g.get('documents'))} documents, "
              f"{num(g.get('nodes'))} nodes, {num(g.get('relationships'))} relationships; settings "
              f"{json.dumps(d.get('settings', {}))}.", "", "| Method | Median s | Rows/s | How |", "|---|---|---|---|"]
    for key in ("batched", "row_by_row", "batched_on_sample", "neo4j_admin"):
        v = d.get(key)
        if isinstance(v, dict):
            how = v.get("note") or v.get("method") or v.get("measured_on") or ""
            lines.append(f"| {key.replace('_', ' ')} | {num(v.get('median_s', v.get('seconds')))} | "
                         f"{num(v.get('rows_per_s'))} | {how} |")
    lines += ["", "Ratios: " + ", ".join(f"{k.replace('_', ' ')} {num(v)}" for k, v in ratios.items()
                                         if not isinstance(v, list)) + ".",
              f"Target batched ≥ {num(get(d, 'target', 'batched_vs_row_by_row'))}× row-by-row: "
              f"{met(get(d, 'target', 'met'))}.", ""]
    return lines


def viz_section(d: dict | None) -> list[str]:
    lines = ["## HTML view load", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    lines += [f"A view of {num(d.get('nodes'))} nodes and {num(d.get('edges'))} edges ({num(d.get('html_bytes'))} "
              f"bytes of HTML) opened from a file:// URL in headless Chromium, {num(d.get('repeats'))} runs; "
              f"settled = {d.get('settle', '')}.", "", "| Layout | Load median s | Settle median s | Timed out |",
              "|---|---|---|---|"]
    for variant, v in (d.get("variants") or {}).items():
        lines.append(f"| {variant} | {num(v.get('load_median_s'))} | {num((v.get('settle_median_ms') or 0) / 1000)} | "
                     f"{num(v.get('timed_out'))} |")
    return lines + [""]


def build_section(d: dict | None) -> list[str]:
    sizes = get(d, "settings", "sizes", default=["1k", "10k"])
    lines = [f"## Build: {num(sizes[0])} and {num(sizes[1])} documents", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    corpora = d.get("corpora", {})
    lines += [f"`{d.get('command', '')}` on generated corpora (bench/generate_corpus.py, synthetic, for benchmarks "
              "only): " + ", ".join(f"{num(int(k))} documents ({num(v.get('bytes'))} bytes)" for k, v in corpora.items())
              + f". Memory: {d.get('memory_method', '')}.", "",
              "| Setting | Runs | Median s | Documents/s | Peak RSS, largest process (MB) | Peak RSS, process tree (MB) |",
              "|---|---|---|---|---|---|"]
    for key, med in (d.get("medians") or {}).items():
        size = sizes[0] if key.startswith("small") else sizes[1]
        lines.append(f"| {num(size)} documents, --jobs {key.split('jobs')[1]} | {len(get(d, 'runs', key, default=[]))} | "
                     f"{num(med.get('seconds'), 1)} | {num(med.get('documents_per_second'))} | "
                     f"{num(med.get('max_rss_mb'), 0)} | {num(med.get('tree_rss_mb'), 0)} |")
    ratios, targets = d.get("ratios", {}), d.get("targets", {})
    lines += ["", f"Scaling: {num(ratios.get('scaling_large_over_small'))}× the time for "
                  f"{num(sizes[1] / sizes[0] if isinstance(sizes[0], int) else None, 0)}× the documents (target "
                  f"{get(targets, 'scaling_large_over_small', 'target')}: "
                  f"{met(get(targets, 'scaling_large_over_small', 'met'))}); memory "
                  f"{num(ratios.get('memory_large_over_small'))}×.",
              f"Parallel speed-up: {num(ratios.get('speedup_jobs1_over_jobs'))}× (target "
              f"{get(targets, 'speedup_jobs1_over_jobs', 'target')}: {met(get(targets, 'speedup_jobs1_over_jobs', 'met'))}); "
              "round by round: " + ", ".join(f"{num(x)}×" for x in ratios.get("speedup_per_round", [])) + "; "
              f"the extraction step alone (the step that runs in the workers): "
              f"{num(ratios.get('speedup_extract_step'))}× (not like for like: with workers the store is "
              "loaded by a thread during the graph and store steps, with --jobs 1 inside the extraction step).",
              "",
              "Time per step of the median-speed runs (seconds, as the command reports them):", "",
              "| Setting | " + " | ".join(_steps(d)) + " |", "|---|" + "---|" * len(_steps(d))]
    for key, runs in (d.get("runs") or {}).items():
        if not runs:
            continue
        run = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
        size = sizes[0] if key.startswith("small") else sizes[1]
        lines.append(f"| {num(size)} docs, --jobs {key.split('jobs')[1]} | "
                     + " | ".join(num(run.get("timings", {}).get(s), 1) for s in _steps(d)) + " |")
    return lines + ["", "![Build time and memory](bench/results/build.svg)", ""]


def _steps(d: dict) -> list[str]:
    steps: list[str] = []
    for runs in (d.get("runs") or {}).values():
        for r in runs:
            for s in r.get("timings", {}):
                if s not in steps:
                    steps.append(s)
    # a step that took no time in any run (e.g. N-Quads neither asked for nor written) is left out
    return [s for s in steps if any((r.get("timings") or {}).get(s) for rs in (d.get("runs") or {}).values()
                                    for r in rs)]


def render(r: dict[str, dict | None]) -> tuple[str, str, str]:
    """(BENCHMARKS.md, ratios.svg, build.svg)."""
    rows = headlines(r)
    page = ["# Benchmarks", "",
            "Generated by `python bench/report.py` from the results files in `bench/results/` — every number "
            "here is read from them, none is typed in. `make bench` (scripts/run-benchmarks) measures everything "
            "again and regenerates this page. Ratios compare two things measured side by side in the same run on "
            "the same data; times are medians of the runs listed.", ""]
    page += machine_section(r) + summary_section(r, rows) + extract_section(r["extract"]) + sparql_section(r["sparql"])
    page += neo4j_section(r["neo4j"]) + viz_section(r["viz"]) + build_section(r["build"])
    return "\n".join(page).rstrip() + "\n", ratio_chart(rows), build_chart(r["build"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = ap.parse_args(argv)
    results = load(args.results)
    page, ratios_svg, build_svg = render(results)
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "ratios.svg").write_text(ratios_svg, encoding="utf-8")
    (args.results / "build.svg").write_text(build_svg, encoding="utf-8")
    args.out.write_text(page, encoding="utf-8")
    missing = [n for n, d in results.items() if d is None]
    print(f"wrote {args.out} and 2 charts" + (f"; not measured yet: {', '.join(missing)}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
