"""Write BENCHMARKS.md (and its SVG charts) from the results files of every benchmark.

Usage: .venv/bin/python bench/report.py [--results bench/results] [--out BENCHMARKS.md]

Every number on the page is read from bench/results/{extract,query,neo4j,neo4j_admin,neo4j_scaling,viz,
views,build}.json, written by the benchmarks themselves (``make bench`` runs them all, then this script), and
bench/results/query_before.json (the query benchmark before issue 18's changes, kept as the baseline); nothing
is typed in.  A missing results file is reported as "not measured yet".  The charts are SVG written here (no plotting
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
BENCHMARKS = ("extract", "query", "neo4j", "neo4j_admin", "neo4j_scaling", "viz", "views", "build")
#: results kept as a baseline (read if present, not re-measured by ``make bench``)
BASELINES = ("query_before",)
NOT_MEASURED = "not measured yet"


def load(results: Path) -> dict[str, dict | None]:
    """Each benchmark's results, or None when its file is missing or unreadable."""
    out: dict[str, dict | None] = {}
    for name in BENCHMARKS + BASELINES:
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
    """One row per target: what is compared, the measured value, the target (from the file), met or not.

    Only comparisons made like for like on what a user runs are listed with a target.
    """
    b, v, a, n = r["build"], r["views"], r["neo4j_admin"], r["neo4j"]
    sizes = get(b, "settings", "sizes", default=[1000, 10000])
    jobs = get(b, "settings", "jobs", default=2)
    scaling, speedup = get(b, "targets", "scaling_large_over_small"), get(b, "targets", "speedup_jobs1_over_jobs")
    share, mb = get(v, "targets", "views_share"), get(v, "targets", "views_mb")
    admin = get(a, "targets", "load_over_admin_import")
    docs = get(v, "settings", "docs", default=1000)
    sample = get(n, "ratios", "batched_vs_row_by_row_same_sample")
    q = query_targets(r["query"])
    extract = [{"label": f"Extraction speed ÷ `jieba.lcut`'s, {num(c.get('documents'))} distinct documents, "
                         f"{name} corpus (warm caches not counted)",
                "value": get(c, "target", "value"), "target": get(c, "target", "limit"), "higher": True,
                "met": get(c, "target", "met")}
               for name, c in (get(r["extract"], "distinct") or {}).items()]
    return extract + [
        {"label": f"`policykg query` ÷ rdflib, slowest of {num(q['questions'])} questions ({num(q['docs'])} built "
                  "documents; rdflib s ÷ command s)", "value": q["min_ratio"], "target": q["ratio_target"],
         "higher": True, "met": q["ratio_met"], "note": q["ratio_note"]},
        {"label": f"`policykg query`, slowest question of ≤ {num(q['small_rows'])} rows ({num(q['docs'])} built "
                  "documents)", "unit": " s", "value": q["slowest_small_s"], "target": q["time_target"],
         "higher": False, "met": q["time_met"], "note": q["time_note"]},
        {"label": f"`policykg neo4j load` ÷ neo4j-admin import of the same rows ({num(get(a, 'settings', 'docs'))} "
                  "built documents)", "value": get(admin, "value"), "target": get(admin, "limit"), "higher": False,
         "met": get(admin, "met")},
        {"label": f"Neo4j, the same {num(get(n, 'settings', 'sample_docs'))} documents: batched ÷ row by row",
         "value": sample, "target": get(n, "target", "batched_vs_row_by_row"), "higher": True,
         "met": None if sample is None else sample >= (get(n, "target", "batched_vs_row_by_row") or 0)},
        {"label": f"Views' share of `policykg build` ({num(docs)} documents)", "unit": "%",
         "value": None if get(share, "value") is None else 100 * share["value"],
         "target": None if get(share, "limit") is None else 100 * share["limit"], "higher": False,
         "met": get(share, "met")},
        {"label": f"Views' size: bytes of their files ({num(docs)} documents)", "unit": " MB", "value": get(mb, "value"),
         "target": get(mb, "limit"), "higher": False, "met": get(mb, "met")},
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
    rows = [row for row in rows if row.get("unit", "×") == "×"]
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
        body.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(row["label"].replace("`", ""))}</text>')
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
        unit, sign = row.get("unit", "×"), "≥" if row["higher"] else "≤"
        if row["value"] is None:
            lines.append(f"| {row['label']} | {NOT_MEASURED} | {sign} {num(row['target'])}{unit} | |")
            continue
        note = f" ({row['note']})" if row.get("note") else ""
        lines.append(f"| {row['label']} | {num(row['value'])}{unit}{note} | {sign} {num(row['target'])}{unit} | "
                     f"{met(row['met'])} |")
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
    distinct, rep = d.get("distinct") or {}, d.get("repeated") or d
    if distinct:
        rounds = num(get(distinct, "real", "rounds"))
        lines += [
            "Issue 18's comparison: distinct documents, each extracted once (`parse_document` on the text "
            "policykg's loaders read) and segmented once (`jieba.lcut` on the same text), every call timed alone; "
            f"{rounds} rounds, each a fresh process that first warms both up on a document of neither corpus "
            "(imports, dictionaries and first-call costs not counted); extraction or jieba first, alternating; medians.",
            "", "| Corpus | Documents | Bytes (UTF-8) | Extraction s | jieba.lcut s | Extraction MB/s | jieba MB/s "
            "| Extraction speed ÷ jieba's (jieba s ÷ extraction s) | Per round | Target |",
            "|---|---|---|---|---|---|---|---|---|---|"]
        for name, c in distinct.items():
            lines.append(f"| {name}: {c.get('corpus')} | {num(c.get('documents'))} | {num(c.get('bytes'))} | "
                         f"{num(c.get('extract_median_s'))} | {num(c.get('jieba_median_s'))} | "
                         f"{num(c.get('extract_mb_per_s'))} | {num(c.get('jieba_mb_per_s'))} | "
                         f"{num(c.get('ratio_extract_speed_over_jieba'))}× | "
                         f"{', '.join(num(x) + '×' for x in c.get('per_round', []))} | "
                         f"{get(c, 'target', 'target')}: {met(get(c, 'target', 'met'))} |")
        lines.append("")
    copies = (f"{num(rep['copies'])} copies of the {num(rep['distinct_documents'])} texts of data/corpus"
              if rep.get("distinct_documents") else "the texts of data/corpus, repeated")
    return lines + [
        f"For comparison with earlier runs, the 5 sample texts repeated: {num(rep.get('documents'))} "
        f"documents ({copies}), {num(rep.get('bytes'))} bytes, the whole batch timed {num(rep.get('repeats'))} times "
        "in one process, medians. Repeated texts keep the extraction's caches warm: no target is judged on them.", "",
        "| | Median s | MB/s |", "|---|---|---|",
        f"| policykg extraction | {num(rep.get('extract_median_s'))} | {num(rep.get('extract_mb_per_s'))} |",
        f"| jieba.lcut | {num(rep.get('jieba_median_s'))} | {num(rep.get('jieba_mb_per_s'))} |", "",
        f"Ratio {num(rep.get('ratio_extract_speed_over_jieba'))}× on these repeated documents only.", ""]


def _ratio(q: dict, key: str) -> str:
    """A speed-up for the page: '≥ x×' when rdflib timed out (a lower bound), '–' when absent."""
    value = q.get(f"speedup_{key}")
    if value is None:
        return "–"
    return ("≥ " if q.get("speedup_is_lower_bound") else "") + f"{num(value)}×"


def _meets_ratio(q: dict, target: float) -> bool | None:
    """Met when the speed-up reaches the target (a lower bound counts), not met when an exact one falls short;
    unknown when a lower bound falls short (rdflib timed out sooner than the target needs)."""
    value = q.get("speedup_cli")
    if value is None:
        return None
    if value >= target:
        return True
    return None if q.get("speedup_is_lower_bound") else False


def _slowest(d: dict, key: str) -> str:
    """The smallest speed-up of one way of running the questions, with its question ('≥' for a lower bound)."""
    rs = [q for q in d.get("results", []) if q.get(f"speedup_{key}")]
    if not rs:
        return "–"
    q = min(rs, key=lambda q: q[f"speedup_{key}"])
    return f"{_ratio(q, key)} ({q['question']})"


def query_targets(d: dict | None) -> dict:
    """The query benchmark against its two targets: every question >= N× rdflib as the command runs it, and
    <= T s for the questions of <= R rows."""
    speed = get(d, "targets", "speedup_cli", default={}) or {}
    small = get(d, "targets", "small_cli_s", default={}) or {}
    target, limit = speed.get("limit", 50.0), small.get("limit", 1.0)
    rs = get(d, "results", default=[]) or []
    flags = [_meets_ratio(q, target) for q in rs]
    ratios = [q["speedup_cli"] for q in rs if q.get("speedup_cli")]
    slowest = min(rs, key=lambda q: q.get("speedup_cli") or math.inf, default=None)
    small_rs = [q for q in rs if q.get("small")]
    ratio_met = None if not rs or len(ratios) < len(rs) else \
        (True if all(flags) else False if False in flags else None)
    return {
        "docs": get(d, "graph", "documents", default=get(d, "settings", "docs")), "questions": len(rs) or None,
        "ratio_target": target, "time_target": limit,
        "small_rows": get(d, "settings", "small_rows", default=1000),
        "min_ratio": slowest.get("speedup_cli") if slowest and ratios else None,
        "ratio_met": ratio_met,
        "ratio_note": None if not ratios else
        f"{slowest['question']}{'; a lower bound: rdflib timed out' if slowest.get('speedup_is_lower_bound') else ''}; "
        f"{sum(f is True for f in flags)} of {len(rs)} questions met, {sum(f is False for f in flags)} not, "
        f"{sum(f is None for f in flags)} unknown (rdflib timed out)",
        "slowest_small_s": max((q["cli_median_s"] for q in small_rs), default=None),
        "time_met": None if not small_rs else all(q["cli_median_s"] <= limit for q in small_rs),
        "time_note": None if not small_rs else
        f"{max(small_rs, key=lambda q: q['cli_median_s'])['question']}; "
        f"{sum(q['cli_median_s'] <= limit for q in small_rs)} of {len(small_rs)} such questions within {num(limit)} s",
    }


def query_section(d: dict | None, before: dict | None) -> list[str]:
    lines = ["## Canned questions as `policykg query` runs them, beside rdflib", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    g, s, st, load = d.get("graph", {}), d.get("summary", {}), d.get("settings", {}), d.get("load_average", {})
    t = query_targets(d)
    cores = get(d, "machine", "cores", default="?")
    old = {q["question"]: q for q in get(before, "results", default=[]) or []}
    at = get(before, "machine", "commit", default="")
    lines += [
        f"One store that `policykg build` made of {num(g.get('documents'))} generated documents "
        f"({num(g.get('quads'))} quads; bench/generate_corpus.py, synthetic, for benchmarks only). Each question, "
        "with the same parameters everywhere, timed four ways in one run:", "",
        f"* **command**: `{d.get('command', '')}`, a fresh process each time (start-up, imports, opening the store, "
        f"the query, printing), the median of {num(st.get('cli_runs'))} run(s);",
        f"* **library on disk**: `policykg.api.run_question(..., store_dir=STORE)` in the benchmark's process "
        f"(what the command does without start-up and printing), median of {num(st.get('runs'))};",
        f"* **in memory**: the same on the store's quads loaded into an in-memory pyoxigraph store, median of "
        f"{num(st.get('runs'))};",
        f"* **rdflib**: the question's SPARQL text (as the command sends it) with the same bindings on rdflib's "
        f"default store (`Dataset(default_union=True)`, Memory) holding the same quads (loaded in "
        f"{num(d.get('rdflib_load_s'))} s), {num(st.get('rdflib_runs'))} run(s) within "
        f"{num(st.get('rdflib_timeout_s'))} s per question: a question that ran out of time shows "
        "rdflib's time as ≥ the limit and its speed-ups as lower bounds (≥).", "",
        f"Versions {json.dumps(d.get('versions', {}))}; parameters {json.dumps(d.get('params', {}), ensure_ascii=False)}. "
        f"Start-up floor: `policykg --version` {num(s.get('startup_s'), 3)} s, `policykg query --help` "
        f"{num(s.get('startup_query_help_s'), 3)} s. The machine has {cores} cores and was shared: the 1-minute load "
        f"average was {num(load.get('min'))}–{num(load.get('max'))} (median {num(load.get('median'))}) while this "
        "ran, so every time here includes waiting for a core." + (
            " rdflib's numbers are copied from an earlier run (--no-rdflib)." if st.get("rdflib_from_previous_run")
            else ""), "",
        "Targets (issue 18): every question ≥ "
        f"{num(t['ratio_target'])}× rdflib as `policykg query` runs it; ≤ {num(t['time_target'])} s for the "
        f"questions that return ≤ {num(t['small_rows'])} rows." + (
            f" The column *command s at {at}* is the same benchmark before the query work of issue 18 "
            f"(bench/results/query_before.json, the same generated corpus built at that commit, "
            f"{num(get(before, 'settings', 'cli_runs'))} runs, no rdflib run)." if before else ""), "",
        "| Question | Rows | Command s" + (f" | Command s at {at}" if before else "")
        + " | Library on disk s | In memory s | rdflib s | rdflib ÷ command | rdflib ÷ library on disk "
          f"| rdflib ÷ in memory | Same rows | ≥ {num(t['ratio_target'], 0)}× as the command runs it "
          f"| ≤ {num(t['time_target'], 0)} s (≤ {num(t['small_rows'])} rows) |",
        "|---|---|---|" + ("---|" if before else "") + "---|---|---|---|---|---|---|---|---|"]
    for q in d.get("results", []):
        rd = q.get("rdflib_median_s")
        rd_text = "–" if rd is None else ("≥ " if q.get("rdflib_timed_out") else "") + num(rd, 3)
        meets = _meets_ratio(q, t["ratio_target"])
        meets_text = {True: "**met**", False: "**not met**"}.get(meets, "unknown (rdflib timed out)" if
                                                                 q.get("speedup_cli") else "–")
        prior = old.get(q["question"], {})
        lines.append(
            f"| {q['question']} | {num(q.get('rows'))} | {num(q.get('cli_median_s'), 3)}"
            + (f" | {num(prior.get('cli_median_s'), 3)}" if before else "")
            + f" | {num(q.get('disk_median_s'), 3)} | {num(q.get('memory_median_s'), 3)} | {rd_text} | "
            f"{_ratio(q, 'cli')} | {_ratio(q, 'disk')} | {_ratio(q, 'memory')} | {num(q.get('same_rows'))} | "
            f"{meets_text} | {met(q.get('meets_time')) if q.get('small') else '–'} |")
    bound = "≥ " if any(q.get("speedup_is_lower_bound") for q in d.get("results", [])) else ""
    lines += ["", f"As the command runs it: slowest {num(t['min_ratio'])}× ({t['ratio_note'] or ''}), "
                  f"geometric mean {bound}{num(s.get('geometric_mean_speedup_cli'))}× (target ≥ "
                  f"{num(t['ratio_target'])}×: {met(t['ratio_met']) if t['ratio_met'] is not None else 'unknown'}). "
                  f"Slowest speed-ups of the library on disk {_slowest(d, 'disk')} and in memory "
                  f"{_slowest(d, 'memory')}. "
                  f"Questions of ≤ {num(t['small_rows'])} rows: {t['time_note'] or '–'} (target: "
                  f"{met(t['time_met'])}). Peak memory of one command {num(s.get('max_cli_rss_mb'))} MB.", ""]
    floor = s.get("startup_query_help_s")
    if floor:
        limit = t["ratio_target"] * floor
        under = [q["question"] for q in d.get("results", []) if not q.get("rdflib_timed_out")
                 and q.get("rdflib_median_s") is not None and q["rdflib_median_s"] < limit]
        lines += [f"A command that only starts and prints its help takes {num(floor, 3)} s here, so a question "
                  f"rdflib answers in under {num(t['ratio_target'])} × {num(floor, 3)} = {num(limit)} s cannot reach "
                  f"{num(t['ratio_target'])}× as the command runs it, however fast the query: "
                  f"{len(under)} of the questions are such ({', '.join(under) or 'none'}).", ""]
    return lines


def neo4j_section(d: dict | None) -> list[str]:
    lines = ["## Neo4j: batched vs row by row", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    g, ratios = d.get("graph", {}), d.get("ratios", {})
    lines += [f"Neo4j {d.get('neo4j_version', '')}; a synthetic graph (bench_neo4j.synthetic_graph) of "
              f"{num(g.get('documents'))} documents, {num(g.get('nodes'))} nodes, {num(g.get('relationships'))} "
              f"relationships; settings {json.dumps(d.get('settings', {}))}.", "",
              "| Method | Rows | Median s | Rows/s | How |", "|---|---|---|---|---|"]
    for key in ("batched", "batched_on_sample", "row_by_row"):
        v = d.get(key)
        if isinstance(v, dict):
            how = v.get("method") or v.get("note") or ""
            lines.append(f"| {key.replace('_', ' ')} | {num(v.get('rows'))} | "
                         f"{num(v.get('median_s', v.get('seconds')))} | {num(v.get('rows_per_s'))} | {how} |")
    lines += ["", f"The same {num(get(d, 'settings', 'sample_docs'))} documents batched ÷ row by row: "
                  f"{num(ratios.get('batched_vs_row_by_row_same_sample'))}× (target "
                  f"≥ {num(get(d, 'target', 'batched_vs_row_by_row'))}×).", ""]
    return lines


def neo4j_admin_section(d: dict | None) -> list[str]:
    lines = ["## Neo4j: `policykg neo4j load` vs neo4j-admin import", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    g, m = d.get("graph", {}), d.get("medians", {})
    lines += [f"One graph `policykg build` made of {num(get(d, 'settings', 'docs'))} generated documents "
              f"({num(g.get('nodes'))} nodes, {num(g.get('relationships'))} relationships), one dedicated server "
              f"({get(d, 'settings', 'server', default='')}, heap {get(d, 'settings', 'heap', default='')}), each "
              f"round into a fresh empty database; {num(len(d.get('load_runs', [])))} rounds, medians. The CSVs are "
              "what `policykg neo4j export` writes from the rows the loader sends.", ""]
    admin = d.get("neo4j_admin")
    if isinstance(admin, dict) and not admin.get("available", True):
        return lines + [f"neo4j-admin could not run: {admin.get('reason', '')}", ""]
    lines += ["| Step | Median s |", "|---|---|",
              f"| `policykg neo4j load` (its own time: schema, every batch, derived edges) | {num(m.get('load_s'))} |",
              f"| `policykg neo4j load`, whole command (reading the store included) | {num(m.get('load_command_s'))} |",
              f"| `neo4j-admin database import full` (process, JVM start included; server stopped) | "
              f"{num(m.get('admin_import_s'))} |",
              f"| `policykg neo4j export` of the CSVs (whole command) | {num(m.get('export_s'))} |",
              f"| server restart after the import | {num(m.get('restart_s'))} |",
              f"| schema.cypher (constraints and indexes, awaited) | {num(m.get('schema_s'))} |",
              f"| export + import + restart + schema | {num(m.get('admin_end_to_end_s'))} |", "",
              f"Same data both ways (counts and properties per label and type): {num(d.get('same_database'))}"
              + "".join(f"; indexes only after the {w}: {', '.join(d[k])}" for w, k in
                        (("load", "indexes_only_after_load"), ("import", "indexes_only_after_admin")) if d.get(k))
              + ". "
              f"Load ÷ neo4j-admin import: {num(get(d, 'ratios', 'load_over_admin_import'))}× (target "
              f"{get(d, 'targets', 'load_over_admin_import', 'target', default='')}: "
              f"{met(get(d, 'targets', 'load_over_admin_import', 'met'))}); the whole load command ÷ export + import + "
              f"restart + schema: {num(get(d, 'ratios', 'load_command_over_admin_end_to_end'))}×."
              + (f" Round by round: {', '.join(num(x) + '×' for x in get(d, 'ratios', 'load_over_admin_import_per_round'))}."
                 if get(d, "ratios", "load_over_admin_import_per_round") else "")
              + (f" The 1-minute load average was {num(get(d, 'load_average', 'min'))}–"
                 f"{num(get(d, 'load_average', 'max'))} ({get(d, 'load_average', 'note')})."
                 if get(d, "load_average", "min") is not None else ""), ""]
    return lines


def neo4j_scaling_section(d: dict | None) -> list[str]:
    lines = ["## Neo4j: load time per row at two sizes", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    lines += [f"Neo4j {d.get('neo4j_version', '')}; {get(d, 'settings', 'generator', default='')}; settings "
              f"{json.dumps(d.get('settings', {}), ensure_ascii=False)}. {d.get('note', '')}", "",
              "| Relationships | Documents | Rows | Derived edges | s | s per 1k rows | derived s per 1k edges |",
              "|---|---|---|---|---|---|---|"]
    for row in d.get("loads", []):
        how = {"before": "MERGEd (before)", "after": "CREATEd (after)"}.get(row.get("mode"), row.get("mode"))
        lines.append(f"| {how} | {num(row.get('documents'))} | {num(row.get('rows'))} | "
                     f"{num(row.get('derived_edges'))} | {num(row.get('seconds'))} | "
                     f"{num(row.get('s_per_1k_rows'), 3)} | {num(row.get('derived_s_per_1k_edges'), 3)} |")
    growth = d.get("growth_large_vs_small", {})
    return lines + ["", "Growth from the smaller to the larger graph (1 = flat): "
                    + ", ".join(f"{k.replace('_', ' ')} {num(v)}×" for k, v in growth.items()) + ".", ""]


def views_section(d: dict | None) -> list[str]:
    lines = ["## HTML views of a build", ""]
    if not d:
        return lines + [NOT_MEASURED, ""]
    m, t = d.get("medians", {}), d.get("targets", {})
    b = get(d, "builds", 0, default={})
    views = b.get("views", {})
    lines += [f"`{d.get('command', '')}` on {num(get(d, 'settings', 'docs'))} generated documents "
              f"({num(b.get('nodes'))} nodes, {num(b.get('edges'))} edges), {num(get(d, 'settings', 'runs'))} "
              "run(s); the views' time as the command reports it.", "",
              "| | Measured | Target | |", "|---|---|---|---|",
              f"| views' share of the build | {num(100 * (m.get('views_share') or 0), 1)} % "
              f"({num(m.get('views_seconds'))} of {num(m.get('build_seconds'))} s) | "
              f"{get(t, 'views_share', 'target', default='')} | {met(get(t, 'views_share', 'met'))} |",
              f"| views' size | {num(views.get('bytes'))} bytes in {num(views.get('files'))} files "
              f"({num(views.get('disk_bytes'))} bytes of disk blocks) | {get(t, 'views_mb', 'target', default='')} | "
              f"{met(get(t, 'views_mb', 'met'))} |", ""]
    pages = views.get("pages", {})
    if pages:
        lines += ["| Pages | Count | Median bytes | Largest bytes |", "|---|---|---|---|"]
        for kind, p in pages.items():
            lines.append(f"| {kind} | {num(p.get('pages'))} | {num(p.get('median_bytes'))} | {num(p.get('max_bytes'))} |")
        lines.append("")
    c = d.get("comparison")
    if c:
        lines += [f"The same graph's views written by `write_views` alone, today's against "
                  f"`src/policykg/viz` at {get(d, 'settings', 'baseline')} (one shared script and style file "
                  "against a copy of vis-network in every page), in the same run:", "",
                  "| | Seconds | MB | Share of the build |", "|---|---|---|---|",
                  f"| at {get(d, 'settings', 'baseline')} | {num(c.get('baseline_views_seconds'))} | "
                  f"{num(c.get('baseline_mb'))} | {num(100 * c.get('baseline_share', 0), 1)} % |",
                  f"| today | {num(c.get('current_views_seconds'))} | {num(c.get('current_mb'))} | "
                  f"{num(100 * c.get('current_share_views_only', 0), 1)} % |", "",
                  f"{num(c.get('speedup'))}× faster, {num(c.get('size_ratio'))}× smaller.", ""]
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
    page += machine_section(r) + summary_section(r, rows) + extract_section(r["extract"])
    page += query_section(r["query"], r["query_before"])
    page += neo4j_admin_section(r["neo4j_admin"]) + neo4j_scaling_section(r["neo4j_scaling"])
    page += neo4j_section(r["neo4j"]) + views_section(r["views"]) + viz_section(r["viz"]) + build_section(r["build"])
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
    missing = [n for n in BENCHMARKS if results[n] is None]
    print(f"wrote {args.out} and 2 charts" + (f"; not measured yet: {', '.join(missing)}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
