"""Neo4j load time per 1k rows at two graph sizes, relationships MERGEd (before) vs CREATEd (after) (issue 18).

Before, :meth:`policykg.stores.neo4j.Neo4jStore.load` MERGEd every relationship on
``{graph}``; for the ``derived`` graph the planner seeks the ``graph`` index, where
every derived edge has ``graph='derived'``, so each row scanned all the derived edges
merged before it and the load grew quadratically.  Now a document batch's and the
derived graph's relationships are CREATEd once their old ones are deleted.  The
"before" rows are measured with the old statement put back (``edge_create_cypher``
replaced by ``edge_merge_cypher``), in the same run, on the same graphs.

Graphs: :func:`bench_neo4j.synthetic_graph` (FOR BENCHMARKS ONLY) of each ``--docs``
size, with ``--overlaps`` extra OVERLAPS edges per measure so the derived graph is
large (issue 18 measured 5k/10k/20k derived edges: 8/27/111 s).  A flat load has
the same seconds per 1k rows at both sizes.

Usage: .venv/bin/python bench/bench_neo4j_scaling.py [--docs 250 1000] [--use-env]
(``--use-env``: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, THE DATABASE IS CLEARED; else a
throwaway scripts/neo4j-local server).  Writes bench/results/neo4j_scaling.json.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_neo4j import Server, synthetic_graph  # noqa: E402
from common import write_results  # noqa: E402


def with_overlaps(n_docs: int, per_measure: int, seed: int):
    """``synthetic_graph(n_docs)`` plus ``per_measure`` derived OVERLAPS edges from each measure."""
    from policykg.graph.model import DERIVED, Edge

    g = synthetic_graph(n_docs, seed)
    rng = random.Random(seed + 1)
    measures = [n.key for n in g.by_label("Measure")]
    for m in measures:
        for o in rng.sample(measures, per_measure):
            if o != m:
                g.add_edge(Edge(m, "OVERLAPS", o, {"score": round(rng.random(), 3), "method": "jaccard"}, DERIVED))
    return g


def timed_load(store, g, batch_size: int) -> dict:
    """One load into an emptied database: total seconds and the seconds of the derived step."""
    marks = []

    def progress(done: int, total: int, what: str) -> None:
        marks.append((time.perf_counter(), what))

    store.clear()
    t0 = time.perf_counter()
    store.load(g, batch_size=batch_size, progress=progress)
    total = time.perf_counter() - t0
    derived_end = next(t for t, what in marks if what == "derived edges")
    derived_start = marks[marks.index(next(m for m in marks if m[1] == "derived edges")) - 1][0]
    counts = store.counts()
    assert counts["relationships"] == g.counts()["edges"], counts
    return {"seconds": total, "derived_seconds": derived_end - derived_start}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, nargs=2, default=[250, 1000], help="the two graph sizes (documents)")
    ap.add_argument("--overlaps", type=int, default=1, help="extra derived OVERLAPS edges per measure")
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--heap", default="1g")
    ap.add_argument("--use-env", action="store_true", help="use NEO4J_URI/USER/PASSWORD (the database is CLEARED)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    import policykg.stores.neo4j as neo
    import policykg.stores.neo4j_load as neo_load  # its merge_edges writes the relationships

    create = neo_load.edge_create_cypher
    graphs = {n: with_overlaps(n, args.overlaps, args.seed) for n in args.docs}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-scaling-") as tmpdir:
        server = None
        if args.use_env:
            store = neo.connect()
        else:
            server = Server(Path(tmpdir), args.heap)
            server.run("start")
            store = neo.connect(f"bolt://127.0.0.1:{server.bolt}", "neo4j", server.password)
        try:
            version = store.version
            store.clear()
            store.ensure_schema()
            timed_load(store, graphs[args.docs[0]], args.batch_size)  # warm-up (JIT, page cache)
            for mode in ("before", "after"):
                neo_load.edge_create_cypher = neo_load.edge_merge_cypher if mode == "before" else create
                for n, g in graphs.items():
                    t = timed_load(store, g, args.batch_size)
                    c = g.counts()
                    n_rows = len(g.nodes) + len(g.edges)
                    derived = sum(1 for e in g.edges.values() if e.graph == "derived")
                    rows.append({"mode": mode, "documents": n, "rows": n_rows, "derived_edges": derived,
                                 "seconds": round(t["seconds"], 2),
                                 "s_per_1k_rows": round(1000 * t["seconds"] / n_rows, 3),
                                 "derived_seconds": round(t["derived_seconds"], 2),
                                 "derived_s_per_1k_edges": round(1000 * t["derived_seconds"] / derived, 3),
                                 "relationships": sum(c["edges"].values())})
                    print(rows[-1], flush=True)
        finally:
            neo_load.edge_create_cypher = create
            store.clear()
            store.close()
            if server is not None:
                server.run("stop")

    def ratio(mode: str, key: str) -> float:
        small, large = (next(r for r in rows if r["mode"] == mode and r["documents"] == n) for n in args.docs)
        return round(large[key] / small[key], 2)

    out = {
        "neo4j_version": version,
        "settings": {"docs": args.docs, "overlaps_per_measure": args.overlaps, "batch_size": args.batch_size,
                     "server": "NEO4J_URI" if args.use_env else f"throwaway scripts/neo4j-local, heap {args.heap}",
                     "seed": args.seed, "generator": "bench_neo4j.synthetic_graph + OVERLAPS (synthetic)"},
        "loads": rows,
        "growth_large_vs_small": {
            f"{mode}_{key}": ratio(mode, key) for mode in ("before", "after")
            for key in ("s_per_1k_rows", "derived_s_per_1k_edges")},
        "note": "before = document and derived relationships MERGEd on {graph} (the old statement); after = "
                "CREATEd once their graph's old relationships are deleted. A flat load has growth ~1.",
    }
    path = write_results("neo4j_scaling", out)
    print(f"wrote {path}: {out['growth_large_vs_small']}", flush=True)


if __name__ == "__main__":
    main()
