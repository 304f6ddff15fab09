"""How long a 5,000-node view takes to load and settle in headless Chromium.

Builds a synthetic graph of exactly ``--nodes`` nodes (policies, measures,
agencies with lead/co responsibilities, funding, mentioned enterprises and
platforms, plus the derived co-responsibility and overlap edges), writes its
overview page with :func:`policykg.viz.write_views`' renderer (beside the shared script and style
file it loads), and opens it
from a file:// URL in Debian's Chromium (offline, fresh profile) ``--repeats``
times.  "Settled" is when the page's layout is done: vis-network's
``stabilizationIterationsDone`` for force layouts (then physics is frozen),
first draw otherwise; the page records ``performance.now()`` at that moment.

Views above :data:`policykg.viz.LARGE_VIEW` nodes use the fast layout
(Barnes-Hut, 150 stabilisation iterations, no "improved layout", straight
edges, physics off once settled).  ``--compare-default`` also times the
small-view settings on the same graph, to show why.

Usage: .venv/bin/python bench/bench_viz.py [--nodes 5000] [--repeats 3] [--compare-default]
Writes bench/results/viz.json.  Needs /usr/bin/chromium (scripts/setup-system.sh).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, write_results  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--proxy-server=127.0.0.1:9"]
BUREAUS = ["工业和信息化局", "发展和改革委员会", "科学技术局", "财政局", "商务局", "人力资源和社会保障局",
           "市场监督管理局", "地方金融监督管理局", "教育局", "卫生健康委员会", "交通运输局", "政务服务数据管理局"]
CITIES = ["深圳市", "苏州市", "广州市", "杭州市", "成都市", "武汉市", "南京市", "青岛市", "厦门市", "合肥市",
          "西安市", "长沙市", "宁波市", "东莞市", "无锡市", "佛山市", "天津市", "重庆市", "郑州市", "济南市",
          "福州市", "昆明市", "大连市", "沈阳市", "哈尔滨市", "长春市", "石家庄市", "太原市", "南昌市", "贵阳市",
          "南宁市", "海口市", "兰州市"]
TOPICS = ["区块链", "人工智能", "集成电路", "生物医药", "数字经济", "智能制造", "工业互联网", "新能源汽车"]
TASKS = ["核心技术攻关", "公共服务平台建设", "产业联盟建设", "人才引育", "应用场景拓展", "金融支持", "龙头企业培育"]


def synthetic_graph(n_nodes: int, seed: int = 7):
    """A graph of exactly ``n_nodes`` nodes shaped like a large corpus."""
    from policykg.graph.derivations import derive
    from policykg.graph.keys import key_for
    from policykg.graph.model import Edge, Node, PolicyGraph

    rng = random.Random(seed)
    g = PolicyGraph()
    agencies = [f"{c}{b}" for c in CITIES for b in BUREAUS]
    # budget: ~2% policies, 30% measures, 8% agencies, 25% funding, the rest mentions
    n_pol = max(1, n_nodes // 50)
    per = max(1, int(n_nodes * 0.30) // n_pol)
    n_ag = min(len(agencies), max(2, int(n_nodes * 0.08)))
    used = 0

    def add(node: Node) -> bool:
        nonlocal used
        if used >= n_nodes or node.key in g.nodes:
            return False
        g.add_node(node, used_by=node.graph)
        used += 1
        return True

    for a in agencies[:n_ag]:
        add(Node(key_for("Agency", a), "Agency", a))
    measures = []
    for i in range(n_pol):
        doc, city, topic = f"doc-{i:04d}", CITIES[i % len(CITIES)], TOPICS[i % len(TOPICS)]
        p = key_for("Policy", doc)
        if not add(Node(p, "Policy", f"{city}关于加快{topic}产业发展的若干措施({2020 + i % 5}年)", {"doc_id": doc}, doc)):
            break
        for j in range(per):
            m = key_for("Measure", doc, str(j))
            task = rng.choice(TASKS)
            if not add(Node(m, "Measure", f"{topic}{task}", {"policy": doc, "order": j, "measure_id": str(j),
                                                             "text": f"加快{topic}{task},{rng.choice(TASKS)}。",
                                                             "evidence_sentence": f"推进{topic}{task}。",
                                                             "evidence_doc": doc}, doc)):
                break
            measures.append((doc, m))
            g.add_edge(Edge(p, "HAS_MEASURE", m, {"order": j}, doc))
            for k, a in enumerate(rng.sample(agencies[:n_ag], k=min(3, n_ag))):
                g.add_edge(Edge(key_for("Agency", a), "RESPONSIBLE_FOR", m,
                                {"role": "lead" if k == 0 and rng.random() < 0.4 else "co", "as_written": a,
                                 "evidence_sentence": f"由{a}负责。", "evidence_doc": doc}, doc))
    i = 0
    while used < n_nodes and measures:
        doc, m = measures[i % len(measures)]
        if i % 2 == 0:
            f = key_for("Funding", doc, m, str(i))
            value = rng.choice((50, 100, 200, 500, 1000)) * 10_000
            if add(Node(f, "Funding", f"最高{value // 10_000}万元", {"kind": "cap", "value_yuan": value, "measure": m,
                                                                  "evidence_doc": doc}, doc)):
                g.add_edge(Edge(m, "HAS_FUNDING", f, {}, doc))
        else:
            label = "Enterprise" if i % 4 == 1 else "Platform"
            name = f"{rng.choice(CITIES)}{rng.choice(TOPICS)}{'科技有限公司' if label == 'Enterprise' else '创新中心'}{i}"
            e = key_for(label, name)
            if add(Node(e, label, name, {}, "common")):
                g.add_edge(Edge(m, "MENTIONS", e, {}, doc))
        i += 1
    derive(g)
    return g


def time_page(pw, path: Path, repeats: int, timeout_s: float) -> list[dict]:
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as profile:
            ctx = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=ARGS,
                                                        viewport={"width": 1400, "height": 900}, offline=True)
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            loaded = time.perf_counter() - t0
            settled = None
            while time.perf_counter() - t0 < timeout_s:
                if page.evaluate("Boolean(window.policykgView && window.policykgView.settled)"):
                    settled = time.perf_counter() - t0
                    break
                page.wait_for_timeout(25)
            info = page.evaluate("""() => { const v = window.policykgView; const t = performance.now();
                v.network.redraw(); return {nodes: v.nodes.length, edges: v.edges.length,
                settle_ms: v.settleMs, redraw_ms: performance.now() - t}; }""")
            ctx.close()
            runs.append({"load_s": loaded, "settled_s": settled, **info})
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="give up waiting for settling after this many s")
    ap.add_argument("--compare-default", action="store_true", help="also time the small-view layout settings")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from policykg.viz import LARGE_VIEW, overview_view, render_view, write_assets
    from policykg.viz import render as render_mod

    t0 = time.perf_counter()
    g = synthetic_graph(args.nodes)
    build_s = time.perf_counter() - t0
    view = overview_view(g)
    out = Path(tempfile.mkdtemp(prefix="bench-viz-"))
    t0 = time.perf_counter()
    html = render_view(g, view)
    render_s = time.perf_counter() - t0
    page = out / "overview.html"
    page.write_text(html, "utf-8")
    write_assets(out)  # the shared script and style file the page loads
    variants = {"fast-layout (default above LARGE_VIEW)": page}
    if args.compare_default:
        saved = render_mod.LARGE_VIEW
        render_mod.LARGE_VIEW = 10 ** 9  # the small-view settings on the big graph
        try:
            slow = out / "overview-small-settings.html"
            slow.write_text(render_view(g, view), "utf-8")
        finally:
            render_mod.LARGE_VIEW = saved
        variants["small-view settings (improvedLayout, 500 forceAtlas2 iterations)"] = slow

    results = {}
    with sync_playwright() as pw:
        for name, path in variants.items():
            runs = time_page(pw, path, args.repeats, args.timeout)
            done = [r["settle_ms"] for r in runs if r["settled_s"] is not None]
            results[name] = {
                "runs": runs,
                "settle_median_ms": median(done) if done else None,
                "load_median_s": median([r["load_s"] for r in runs]),
                "timed_out": sum(r["settled_s"] is None for r in runs),
            }
            print(f"{name}: settle median {results[name]['settle_median_ms']} ms", file=sys.stderr)
    data = {
        "nodes": len(g.nodes), "edges": len(g.edges), "large_view_threshold": LARGE_VIEW,
        "html_bytes": len(html.encode("utf-8")), "graph_build_s": build_s, "render_s": render_s,
        "repeats": args.repeats, "chromium": CHROMIUM, "chromium_args": ARGS,
        "settle": "performance.now() at stabilizationIterationsDone (physics then off), from navigation start",
        "variants": results,
    }
    path = write_results("viz", data)
    print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
