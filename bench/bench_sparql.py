"""Canned SPARQL questions on pyoxigraph vs rdflib's default in-memory store, same graph, same run.

Usage: .venv/bin/python bench/bench_sparql.py [--triples 1000000] [--runs 5] [--rdflib-runs 3]
                                              [--rdflib-timeout 120] [--seed 7]
Writes bench/results/sparql.json.  Not part of ``make bench`` any more (issue 18): it times pyoxigraph in memory
on a graph built from synthetic models, which is not what ``policykg query`` runs; bench/bench_query.py measures
the command, the library on disk and in memory beside rdflib on a store ``policykg build`` made (and uses
:func:`run_rdflib` from here).

The graph is built by the real code (``build_graph``: one named graph per document, common and
derived graphs, evidence everywhere) from synthetic PolicyDocument models shaped like the sample
corpus: action plans, funding measures and replies in a province > city > district hierarchy,
measures with 1-4 responsible agencies (some leads), funding amounts, mentions, citations (a fifth
of them resolve to another document) and proposals.  The measure-overlap edges are generated
(random pairs of measures of different policies sharing a topic, with scores), because TF-IDF over
template text is meaningless and would only time jieba.

Each question runs with the same parameters on both engines; pyoxigraph ``--runs`` times (all of them
before rdflib's store is loaded, so that Python's garbage collector never walks rdflib's objects while
pyoxigraph's rows are converted), rdflib
up to ``--rdflib-runs`` times within ``--rdflib-timeout`` seconds per question (in a forked child
that is killed at the limit: the speed-up is then a lower bound).  Medians are recorded, and
whether both engines returned identical rows.
"""
from __future__ import annotations

import argparse
import gc
import math
import multiprocessing
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, median, timed, write_results  # noqa: E402,F401
from generate_corpus import BUREAUS, CITIES, COMPANIES, DISTRICTS, TASKS, TOPICS  # noqa: E402

TARGET = 50.0


# -- synthetic documents ----------------------------------------------------------------------------


def _ev(doc_id: str, pos: int, text: str, sentence: str = ""):
    from policykg.schema.models import Evidence

    return Evidence(doc_id, pos, pos + len(text), text, sentence or text)


def synthetic_documents(n: int, seed: int = 7) -> list:
    """``n`` PolicyDocument models, deterministic for a seed."""
    from policykg.schema.models import (
        Amount, Citation, Jurisdiction, Measure, Mention, PolicyDocument, Person, Proposal, Responsibility, Validity)

    rng = random.Random(seed)
    titles: list[str] = []
    docs = []
    for i in range(n):
        province, city = rng.choice(CITIES)
        genre = ("action_plan", "funding_measures", "proposal_reply")[i % 3]
        topic = rng.choice(TOPICS)
        if genre == "proposal_reply" or rng.random() < 0.3:
            district = f"{city[:-1]}{rng.choice(DISTRICTS)}"
            place = Jurisdiction(district, "district", (province, city))
            prefix, short = district, "区"
        else:
            place = Jurisdiction(city, "city", (province,))
            prefix, short = city, "市"
        doc_id = f"synthetic-{i:06d}-{genre}"
        year = rng.randint(2019, 2025)
        title = f"{prefix}关于加快{topic}产业发展的{('行动计划', '若干措施', '答复')[i % 3]}({i})"
        pos = 0
        measures = []
        for k in range(rng.randint(6, 16)):
            task_title, body = rng.choice(TASKS)
            mtitle, text = task_title.format(t=topic), body.format(t=topic)
            agencies = rng.sample(BUREAUS, rng.randint(1, 4))
            lead = rng.random() < 0.15
            resp = tuple(Responsibility(f"{short}{b}", prefix + b, "lead" if lead and j == 0 else "co",
                                        _ev(doc_id, pos + 40 + 6 * j, f"{short}{b}")) for j, b in enumerate(agencies))
            amounts = []
            if rng.random() < 0.5:
                value = rng.choice((50, 100, 200, 500, 1000)) * 10_000.0
                kind = rng.choice(("cap", "fixed", "total", "ratio"))
                amounts.append(Amount(f"最高{value / 10_000:.0f}万元", kind, None if kind == "ratio" else value,
                                      0.3 if kind == "ratio" else None, rng.choice((None, "国家级", "省级")),
                                      _ev(doc_id, pos + 20, f"最高{value / 10_000:.0f}万元")))
            measures.append(Measure(f"{k + 1}", mtitle, text, ("二、重点任务", mtitle), resp, tuple(amounts),
                                    _ev(doc_id, pos, mtitle + text)))
            pos += 120
        firms = [Mention(c, _ev(doc_id, 30 + 120 * j, c)) for j, c in enumerate(rng.sample(COMPANIES, 3))]
        platforms = [Mention(f"{city[:-1]}{topic}创新中心", _ev(doc_id, 70, f"{city[:-1]}{topic}创新中心"))]
        programs = [Mention(f"“{topic}赋能”行动")]
        cites = [Citation(f"{province}{topic}产业发展规划", None, _ev(doc_id, 5, topic))]
        if titles and rng.random() < 0.2:
            cites.append(Citation(rng.choice(titles), None, _ev(doc_id, 9, "《》")))
        people, proposal = (), None
        if genre == "proposal_reply":
            names = tuple(f"{rng.choice('王李张刘陈杨黄赵吴周')}{rng.choice('伟芳娜敏静丽强磊')}{j}" for j in range(rng.randint(1, 4)))
            people = tuple(Person(p, "代表", _ev(doc_id, 3, p)) for p in names)
            proposal = Proposal(f"{year}{i:04d}", f"关于加快{topic}产业发展的建议", "建议", None, names)
        docs.append(PolicyDocument(
            doc_id, f"{doc_id}.txt", f"{i:064x}", title, genre, (f"{prefix}{rng.choice(BUREAUS)}",),
            f"{prefix[:2]}府〔{year}〕{i}号" if genre != "proposal_reply" else None, f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            place, Validity(str(year), str(year + 2), f"{year}-{year + 2}年"), proposal, tuple(measures),
            tuple(firms), tuple(platforms), tuple(programs), tuple(cites), people))
        titles.append(title)
    return docs


def synthetic_overlaps(g) -> list:
    """OVERLAPS edges between random measures of different policies with the same topic (derived graph)."""
    from policykg.graph.model import DERIVED, Edge
    from policykg.graph.overlap import METHOD

    rng = random.Random(11)
    by_title: dict[str, list] = {}
    for m in g.by_label("Measure"):
        by_title.setdefault(m.get("title"), []).append(m)
    out = []
    for group in by_title.values():
        for m in group:
            for other in rng.sample(group, min(2, len(group))):
                if other.get("policy") != m.get("policy") and m.key < other.key:
                    out.append(Edge(m.key, "OVERLAPS", other.key, {
                        "score": round(rng.uniform(0.12, 1.2), 4), "content": round(rng.uniform(0.1, 1), 4),
                        "agencies": round(rng.random(), 4), "method": METHOD, "shared_words": "核心 技术"}, DERIVED))
    return out


def build(n: int, seed: int):
    import policykg.graph.overlap as overlap
    from policykg.graph.build import build_graph

    real = overlap.overlap_edges
    overlap.overlap_edges = lambda g, *a, **k: synthetic_overlaps(g)  # see the module docstring
    try:
        return build_graph(synthetic_documents(n, seed))
    finally:
        overlap.overlap_edges = real


# -- engines ----------------------------------------------------------------------------------------


def _rdflib_term(value: Any):
    from rdflib import Literal

    return Literal(value)


def _rdflib_value(term: Any) -> Any:
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else term
    return value.isoformat() if hasattr(value, "isoformat") else value


def _rdflib_worker(conn, ds, text: str, bindings: dict, runs: int, budget: float) -> None:  # noqa: ANN001
    from rdflib import Variable

    init = {Variable(k): _rdflib_term(v) for k, v in bindings.items()}
    times, rows = [], []
    start = time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        result = ds.query(text, initBindings=init)
        rows = [{str(v): _rdflib_value(r[v]) for v in result.vars} for r in result]
        times.append(time.perf_counter() - t0)
        if time.perf_counter() - start > budget / 3:
            break
    conn.send((times, rows))
    conn.close()


def run_rdflib(ds, text: str, bindings: dict, runs: int, timeout: float) -> tuple[list[float], list | None]:
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rdflib_worker, args=(child, ds, text, bindings, runs, timeout))
    t0 = time.perf_counter()
    proc.start()
    child.close()
    if parent.poll(timeout):
        times, rows = parent.recv()
        proc.join()
        return times, rows
    proc.kill()
    proc.join()
    return [time.perf_counter() - t0], None


def parameters(g) -> dict[str, dict]:
    from collections import Counter

    agencies = Counter(g.nodes[e.src].name for e in g.edges_of("RESPONSIBLE_FOR"))
    busiest = sorted(agencies.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return {"agency_measures": {"agency": busiest}, "policy_responsibilities": {"policy": sorted(g.documents)[0]},
            "jurisdiction": {"jurisdiction": CITIES[0][0]}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="at least this many quads in the store")
    ap.add_argument("--runs", type=int, default=5, help="pyoxigraph runs per question (median)")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="rdflib runs per question at most")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per question for rdflib")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    import rdflib
    from pyoxigraph import RdfFormat

    import pyoxigraph
    from policykg.stores.rdf import RDFStore
    from policykg.queries import list_questions

    t0 = time.perf_counter()
    pilot = RDFStore()
    pilot.load_graph(build(60, args.seed))
    per_doc = len(pilot) / 60
    n_docs = math.ceil(args.triples / per_doc * 1.03)
    g = build(n_docs, args.seed)
    build_s = time.perf_counter() - t0
    print(f"graph: {n_docs} synthetic documents, {len(g.nodes)} nodes, {len(g.edges)} edges ({build_s:.0f} s)", flush=True)

    t0 = time.perf_counter()
    store = RDFStore()
    store.load_graph(g)
    ox_load = time.perf_counter() - t0
    quads = len(store)
    print(f"pyoxigraph: {quads} quads loaded in {ox_load:.1f} s", flush=True)
    params = parameters(g)
    questions = [(q, q.bind(params.get(q.name, {}))) for q in list_questions()]
    n_nodes, n_edges = len(g.nodes), len(g.edges)
    del g, pilot  # the process holds the store only, as `policykg query` does
    gc.collect()
    # pyoxigraph is timed before rdflib's store exists: millions of rdflib objects in the same process make
    # Python's garbage collector (run while a result's rows are converted) cost pyoxigraph's timings up to
    # ~1.6x at random
    ox_results = {}
    for q, bound in questions:
        rows: list = []

        def ox() -> None:
            nonlocal rows
            rows = store.select(q.sparql, bound)[1]

        ox()  # warm-up
        ox_times = timed(ox, args.runs)
        ox_results[q.name] = (ox_times, q.finalize(rows))
        print(f"{q.name:26s} pyoxigraph {median(ox_times) * 1000:9.1f} ms", flush=True)

    nquads = store.store.dump(format=RdfFormat.N_QUADS)
    store = None
    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=nquads, format="nquads")
    rdflib_load = time.perf_counter() - t0
    del nquads
    print(f"rdflib Dataset (Memory store): {len(list(ds.graphs()))} graphs loaded in {rdflib_load:.1f} s", flush=True)

    results = []
    for q, bound in questions:
        ox_times, ox_rows = ox_results[q.name]
        rd_times, rd_rows = run_rdflib(ds, q.sparql, bound, args.rdflib_runs, args.rdflib_timeout)
        timed_out = rd_rows is None
        ox_med, rd_med = median(ox_times), median(rd_times)
        entry = {
            "question": q.name, "params": bound, "rows": len(ox_rows),
            "pyoxigraph_median_s": round(ox_med, 6), "pyoxigraph_runs": len(ox_times),
            "rdflib_median_s": round(rd_med, 4), "rdflib_runs": len(rd_times), "rdflib_timed_out": timed_out,
            "speedup": round(rd_med / ox_med, 1) if ox_med > 0 else None,
            "speedup_is_lower_bound": timed_out,
            "same_rows": None if timed_out else q.finalize(rd_rows) == ox_rows,
        }
        results.append(entry)
        print(f"{q.name:26s} rows {entry['rows']:7d}  pyoxigraph {ox_med * 1000:9.1f} ms  rdflib "
              f"{'>=' if timed_out else '  '}{rd_med:8.2f} s  x{entry['speedup']}  same rows: {entry['same_rows']}",
              flush=True)

    speedups = [r["speedup"] for r in results if r["speedup"]]
    geo = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
    summary = {
        "target_speedup": TARGET, "geometric_mean_speedup": round(geo, 1), "min_speedup": min(speedups),
        "questions_meeting_target": sum(s >= TARGET for s in speedups), "questions": len(results),
        "target_met": min(speedups) >= TARGET,
    }
    path = write_results("sparql", {
        "versions": {"pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__},
        "graph": {"documents": n_docs, "nodes": n_nodes, "edges": n_edges, "quads": quads,
                  "build_s": round(build_s, 1)},
        "load_s": {"pyoxigraph": round(ox_load, 1), "rdflib": round(rdflib_load, 1)},
        "settings": {"runs": args.runs, "rdflib_runs": args.rdflib_runs, "rdflib_timeout_s": args.rdflib_timeout,
                     "seed": args.seed},
        "summary": summary, "results": results,
    })
    print(f"geometric mean speed-up x{summary['geometric_mean_speedup']}, min x{summary['min_speedup']}, "
          f"{summary['questions_meeting_target']}/{summary['questions']} questions >= x{TARGET:.0f}; wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
