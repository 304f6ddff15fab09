"""The ``index.html`` summary: counts, workloads, overlaps, funding, charts and links to every view.

The page has no script at all (its Content-Security-Policy forbids any); the
charts are inline SVG computed here and every text is escaped by the
autoescaping template.

Examples
--------
>>> from policykg.graph.model import Edge, Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("agency:a", "Agency", "苏州市财政局"))
>>> g.add_node(Node("measure:p|1", "Measure", "人才", {"policy": "p"}, "p"))
>>> g.add_edge(Edge("agency:a", "RESPONSIBLE_FOR", "measure:p|1", {"role": "lead"}, "p"))
>>> chart = bar_chart([("苏州市财政局", [1, 2])], [("lead", "#c00"), ("co", "#fa0")])
>>> [round(b["width"]) for b in chart["rows"][0]["bars"]], chart["rows"][0]["total"]
([97, 193], 3)
>>> "苏州市财政局" in render_index(g, [])
True
"""
from __future__ import annotations

import logging
import posixpath
from typing import Any, Sequence

from markupsafe import Markup

from policykg.graph.keys import key_for
from policykg.graph.model import PolicyGraph
from policykg.viz.assets import ASSET_DIR, STYLE_FILE, csp
from policykg.viz.documents import span_id
from policykg.viz.render import environment
from policykg.viz.style import EDGE_STYLES, LABEL_ZH, NODE_STYLES, node_legend_svg, short_label
from policykg.viz.tips import format_yuan, funding_label, source_of
from policykg.viz.views import GraphIndex, View, document_path, workload

__all__ = ["render_index", "bar_chart", "summary"]

log = logging.getLogger(__name__)

TOP_AGENCIES = 15
TOP_OVERLAPS = 15
TOP_PAIRS = 10


def bar_chart(rows: Sequence[tuple[str, Sequence[float]]], series: Sequence[tuple[str, str]], *,
              width: int = 520, label_width: int = 190, bar_height: int = 20, gap: int = 6) -> dict[str, Any]:
    """Geometry of a horizontal stacked bar chart (the template draws it as SVG).

    Parameters
    ----------
    rows : sequence of (label, values)
        One bar per row, one value per series.
    series : sequence of (name, colour)
        The stacked parts, in order.

    Returns
    -------
    dict
        ``width``, ``height``, ``label_width``, ``series`` and ``rows`` (each with
        ``label``, ``short``, ``y``, ``total`` and ``bars`` of ``x``, ``width``,
        ``color``, ``value``, ``name``).
    """
    plot = width - label_width - 40
    top = max((sum(v) for _, v in rows), default=0) or 1
    out_rows = []
    for i, (label, values) in enumerate(rows):
        x, bars = float(label_width), []
        for (name, color), value in zip(series, values):
            w = plot * value / top
            if value:
                bars.append({"x": x, "width": w, "color": color, "value": value, "name": name})
            x += w
        out_rows.append({"label": label, "short": short_label(label, 14), "y": 24 + i * (bar_height + gap),
                         "bars": bars, "total": sum(values), "end": x})
    height = 24 + len(rows) * (bar_height + gap) + 8
    return {"width": width, "height": height, "label_width": label_width, "bar_height": bar_height,
            "series": [{"name": n, "color": c, "x": label_width + i * 120} for i, (n, c) in enumerate(series)],
            "rows": out_rows}


def _href(views: dict[str | None, View], key: str | None) -> str | None:
    v = views.get(key)
    return v.path if v else None


def summary(g: PolicyGraph, views: Sequence[View]) -> dict[str, Any]:
    """Everything the index shows, as plain data (also handy for tests)."""
    by_focus = {v.focus: v for v in views if v.focus}
    documents = {v.doc_id: path for v in views if v.doc_id and (path := document_path(v))}

    def at(props: Any) -> str | None:  # the link to a fact's span in its document page
        doc, start, end = (props.get(k) for k in ("evidence_doc", "evidence_start", "evidence_end"))
        page = documents.get(doc) if isinstance(start, int) and isinstance(end, int) else None
        return f"{page}#{span_id(start, end)}" if page else None

    counts = g.counts()
    work = workload(g)
    ix = GraphIndex(g)
    policies = []
    for p in g.by_label("Policy"):
        measures = [e.dst for e in ix.out_edges(p.key, "HAS_MEASURE")]
        agencies = {e.src for m in measures for e in ix.in_edges(m, "RESPONSIBLE_FOR")}
        funding = sum(len(ix.out_edges(m, "HAS_FUNDING")) for m in measures)
        policies.append({"name": p.name, "number": p.get("doc_number"), "date": p.get("date"),
                         "jurisdiction": p.get("jurisdiction"), "measures": len(measures),
                         "agencies": len(agencies), "funding": funding, "href": _href(by_focus, p.key),
                         "text_href": documents.get(p.get("doc_id"))})
    idle = {"lead": 0, "co": 0, "total": 0, "policies": 0}
    listed = set(work) | {v.focus for v in views if v.kind == "agency" and v.focus in g.nodes}
    agencies = sorted(({"key": k, "name": g.nodes[k].name, **work.get(k, idle), "href": _href(by_focus, k),
                        "collective": bool(g.nodes[k].get("collective"))}
                       for k in listed), key=lambda a: (-a["total"], -a["lead"], a["name"]))
    overlaps = []
    for e in sorted(g.edges_of("OVERLAPS"), key=lambda e: (-float(e.get("score") or 0), e.key))[:TOP_OVERLAPS]:
        a, b = g.nodes[e.src], g.nodes[e.dst]
        pa, pb = (g.nodes.get(key_for("Policy", m.get("policy"))) for m in (a, b))
        overlaps.append({"a": a.name, "b": b.name, "score": e.get("score"), "words": e.get("shared_words"),
                         "pa": pa.name if pa else "", "pb": pb.name if pb else "",
                         "ha": _href(by_focus, pa.key if pa else None), "hb": _href(by_focus, pb.key if pb else None)})
    pairs = [{"a": g.nodes[e.src].name, "b": g.nodes[e.dst].name, "weight": e.get("weight"),
              "ha": _href(by_focus, e.src), "hb": _href(by_focus, e.dst)}
             for e in sorted(g.edges_of("CO_RESPONSIBLE"), key=lambda e: (-int(e.get("weight") or 0), e.key))[:TOP_PAIRS]]
    funding = []
    for f in g.by_label("Funding"):
        m = g.nodes.get(f.get("measure") or "")
        pol = g.nodes.get(key_for("Policy", f.graph))
        funding.append({
            "policy": pol.name if pol else f.graph, "href": _href(by_focus, pol.key if pol else None),
            "measure": m.name if m else "", "order": (m.get("order") if m else 0) or 0, "text": f.get("text") or f.name,
            "kind": f.get("kind"), "value": format_yuan(f.get("value_yuan")), "value_yuan": f.get("value_yuan"),
            "ratio": f"{f.get('ratio') * 100:g}%" if f.get("ratio") is not None else "",
            "condition": f.get("condition") or "", "evidence": f.get("evidence_sentence") or "",
            "source": source_of(g, f.get("evidence_doc")) if f.get("evidence_doc") else "",
            "label": funding_label(f), "at": at(f),
        })
    funding.sort(key=lambda r: (r["policy"], r["order"], r["text"]))
    top = [a for a in agencies if a["total"] and not a["collective"]][:TOP_AGENCIES]  # 各区人民政府 is no one agency
    collectives = [a for a in agencies if a["total"] and a["collective"]]
    chart = bar_chart([(a["name"], [a["lead"], a["co"]]) for a in top],
                      [("牵头 lead", EDGE_STYLES["RESPONSIBLE_FOR:lead"]["color"]),
                       ("配合 co", EDGE_STYLES["RESPONSIBLE_FOR:co"]["color"])])
    measures_chart = bar_chart([(p["name"], [p["measures"]]) for p in policies],
                               [("措施 measures", NODE_STYLES["Measure"]["color"])])
    for row, a in zip(chart["rows"], top):
        row["href"] = a["href"]
    for row, p in zip(measures_chart["rows"], policies):
        row["href"] = p["href"]
    total_yuan = sum(r["value_yuan"] or 0 for r in funding if r["kind"] in ("cap", "fixed", "total"))
    return {
        "counts": counts, "node_total": len(g.nodes), "edge_total": len(g.edges),
        "legend": [{"label": lb, "zh": LABEL_ZH[lb], "n": counts["nodes"].get(lb, 0), "svg": Markup(node_legend_svg(lb))}
                   for lb in NODE_STYLES if counts["nodes"].get(lb)],
        "policies": policies, "agencies": agencies, "top_agencies": top,
        "collectives": collectives, "overlaps": overlaps, "pairs": pairs,
        "funding": funding, "funding_total": format_yuan(total_yuan) if total_yuan else "",
        "chart": chart, "measures_chart": measures_chart,
        "overview": next((v.path for v in views if v.kind == "overview"), None),
        "overlap": next((v.path for v in views if v.kind == "overlap"), None),
    }


def render_index(g: PolicyGraph, views: Sequence[View], *, base: str = "") -> str:
    """The index page linking ``views`` (paths relative to the index, under ``base``)."""
    data = summary(g, views)
    html = environment().get_template("index.html").render(
        s=data, csp=csp(False), style_href=posixpath.join(base, ASSET_DIR, STYLE_FILE),
        join=lambda p: posixpath.join(base, p) if p else None,
    )
    log.debug("rendered index: %d bytes", len(html))
    return html
