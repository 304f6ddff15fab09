"""Drawing a :class:`~policykg.viz.views.View`: a pyvis network rendered into a page of data.

pyvis assembles the nodes, edges and vis-network options; the page is our own
template (``templates/view.html``), not pyvis's, because pyvis's template
loads scripts from CDNs and puts tooltips containing ``href`` into
``innerHTML``.  Here every text from a document travels as JSON data
(:func:`~policykg.viz.assets.script_json`) and reaches the page only through
``textContent``; node labels are drawn on a canvas.

Node styles travel once per page (vis-network groups, edge kinds), and
source documents once per page (tips refer to them by index), so a page grows
with the graph, not with its styling.

Views with more than :data:`~policykg.viz.views.LARGE_VIEW` nodes get positions
computed here (:func:`~policykg.viz.layout.cluster_layout`) and no physics,
straight edges and edges hidden while dragging, so big graphs open in seconds
and stay responsive.  Smaller force views stabilise in the browser, then
freeze.

Examples
--------
>>> from policykg.graph.model import Node, PolicyGraph
>>> from policykg.viz.views import overview_view
>>> g = PolicyGraph()
>>> g.add_node(Node("agency:<b>", "Agency", "<script>x</script>"))
>>> html = render_view(g, overview_view(g))
>>> "<script>x</script>" in html, "\\\\u003cscript\\\\u003ex" in html
(False, True)
"""
from __future__ import annotations

import logging
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from policykg.graph.model import PolicyGraph
from policykg.viz.assets import ASSET_DIR, SCRIPT_FILE, STYLE_FILE, csp, script_json
from policykg.viz.style import FONT_STACK, edge_kind, node_style, short_label
from policykg.viz.layout import cluster_layout
from policykg.viz.matrix import responsibility_table
from policykg.viz.tips import edge_tip, funding_label, node_tip
from policykg.viz.views import LARGE_VIEW, GraphIndex, View, workload

__all__ = ["render_view", "build_network", "view_options", "options_name", "option_presets", "environment",
           "agency_tip_stats", "Tips", "Links"]

log = logging.getLogger(__name__)

_LABEL_LIMITS = {"Policy": 40, "Measure": 16, "Agency": 18, "Funding": 18, "Citation": 14, "Document": 24}
#: in large views a tip keeps its rows, each cut to this many characters, without evidence or source
_LEAN_ROW = 80
#: a tip's evidence is cut to this many characters when its source link opens the whole span, highlighted,
#: in the document's page (a measure's evidence is its whole text)
_LINKED_EVIDENCE = 80


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment of the page templates (HTML autoescaped)."""
    return Environment(loader=PackageLoader("policykg.viz", "templates"),
                       autoescape=select_autoescape(["html"]), keep_trailing_newline=True)


class _IdList(list):
    """A list with set-speed ``in``, for pyvis's ``node_ids``."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


class Tips:
    """The tips of a graph's nodes and edges, each computed once for all the views drawn from it."""

    def __init__(self, g: PolicyGraph, agency_stats: dict[str, dict[str, Any]] | None = None) -> None:
        self.g = g
        self._index: GraphIndex | None = None
        self.stats = agency_stats if agency_stats is not None else agency_tip_stats(g)
        self._nodes: dict[str, dict[str, Any]] = {}
        self._edges: dict[str, dict[str, Any]] = {}

    @property
    def index(self) -> GraphIndex:
        """The graph's edges by end (built once, for the views that need it)."""
        if self._index is None:
            self._index = GraphIndex(self.g)
        return self._index

    def node(self, key: str) -> dict[str, Any]:
        tip = self._nodes.get(key)
        if tip is None:
            tip = self._nodes[key] = node_tip(self.g, self.g.nodes[key], self.stats.get(key))
        return tip

    def edge(self, key: str) -> dict[str, Any]:
        tip = self._edges.get(key)
        if tip is None:
            tip = self._edges[key] = edge_tip(self.g, self.g.edges[key])
        return tip


class _Table(dict):
    """Strings stored once per page, referred to by index (``items`` in order)."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[str] = []

    def __missing__(self, text: str) -> int:
        self.items.append(text)
        self[text] = len(self.items) - 1
        return self[text]


@dataclass(frozen=True)
class Links:
    """Where the pages are, relative to the views' directory: a node's own page (policies, agencies)
    and each document's page (by document id)."""

    pages: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)


class _Docs:
    """Source documents, tip row names and edge kinds stored once per page; tips and edges refer to them
    by index."""

    def __init__(self, lean: bool = False, documents: dict[str, str] | None = None) -> None:
        self.docs, self.rows, self.kinds = _Table(), _Table(), _Table()
        self.lean = lean
        self.documents = documents or {}  # document id -> its page: evidence there is cut short in tips
        self.doc_ids: dict[int, str] = {}  # docs index -> document id, for links to its page

    @property
    def items(self) -> list[str]:
        return self.docs.items

    def compact(self, tip: dict[str, Any]) -> dict[str, Any]:
        """What the page needs of a tip (head and kind the page knows; lean: rows only, cut short)."""
        names = self.rows
        if self.lean:
            return {"rows": [[names[k], v if len(v) <= _LEAN_ROW else v[:_LEAN_ROW - 1] + "…"]
                             for k, v in tip["rows"]]}
        out: dict[str, Any] = {"rows": [[names[k], v] for k, v in tip["rows"]]}
        evidence = tip.get("evidence")
        if evidence:
            linked = tip.get("at") and tip.get("doc_id") in self.documents
            if linked and len(evidence) > _LINKED_EVIDENCE:
                evidence = evidence[:_LINKED_EVIDENCE - 1] + "…"
            out["evidence"] = evidence
        src = tip.get("source")
        if src:
            out["doc"] = self.docs[src]
            if tip.get("at"):
                out["at"] = tip["at"]
                self.doc_ids.setdefault(out["doc"], tip["doc_id"])
        return out

    def hrefs(self, links: Links, up: str) -> list[str]:
        """Per source document of the page, the link to its document page ("" when it has none)."""
        paths = [links.documents.get(self.doc_ids.get(i, "")) for i in range(len(self.docs.items))]
        return [up + p if p else "" for p in paths]


def agency_tip_stats(g: PolicyGraph) -> dict[str, dict[str, Any]]:
    """Tooltip rows of each agency's workload (computed once, shared by all views)."""
    return {k: {"牵头 lead": w["lead"], "配合 co": w["co"], "涉及政策 policies": w["policies"]}
            for k, w in workload(g).items()}


def build_network(g: PolicyGraph, view: View, *, agency_stats: dict[str, dict[str, Any]] | None = None,
                  docs: _Docs | None = None, tips: Tips | None = None, links: Links | None = None) -> Network:
    """The pyvis :class:`~pyvis.network.Network` of a view: nodes and edges with their tips, options set.

    Styles live in the shared script (node groups, edge kinds), so a node or edge
    carries only what differs: label, kind, tooltip, size, position.  ``tips``
    (a :class:`Tips` of ``g``) shares tips between the views of one graph; a node with a page of its own
    in ``links`` carries its ``href`` (relative to the view's page).
    """
    up = "../" * view.path.count("/")
    pages = links.pages if links is not None else {}
    tips = tips if tips is not None and tips.g is g else Tips(g, agency_stats)
    large = len(view.nodes) > LARGE_VIEW
    docs = docs if docs is not None else _Docs(lean=large)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=view.title)
    net.node_ids = _IdList()  # pyvis checks ids with `in` on a list: O(n) per edge without this
    degree: Counter[str] = Counter()
    if not view.levels:  # force layout: hubs get bigger labels, leaves' labels appear on zooming in
        for ekey in view.edges:
            degree[g.edges[ekey].src] += 1
            degree[g.edges[ekey].dst] += 1
    top = max(degree.values(), default=1)
    hubs = _hubs(g, view, degree) if _grouped(view, len(view.nodes)) else set()
    positions = cluster_layout(g, view.nodes, view.edges) if _grouped(view, len(view.nodes)) else {}
    for key in view.nodes:
        n = g.nodes[key]
        limit = 22 if not view.levels and n.label == "Policy" else _LABEL_LIMITS.get(n.label, 16)
        if view.kind == "policy" and n.label == "Measure":
            limit = 12  # the table beside the graph names them whole
        text = funding_label(n) if n.label == "Funding" else n.name or n.key  # the amount, not its text
        opts: dict[str, Any] = {"group": n.label, "name": text, "tip": docs.compact(tips.node(key))}
        if view.levels:
            opts["level"] = view.levels.get(key, 0)
        else:
            opts["value"] = top if n.label == "Policy" else degree[key] + 1
        if key in positions:
            opts["x"], opts["y"] = positions[key]
        if key in hubs:
            opts["hub"] = 1
        if key in pages and key != view.focus:
            opts["href"] = up + pages[key]
        net.add_node(key, label=short_label(text, limit), shape=node_style(n.label)["shape"], **opts)
    for i, ekey in enumerate(view.edges):
        e = g.edges[ekey]
        props = e.properties
        kind = edge_kind(e.type, props)
        opts: dict[str, Any] = {"id": f"e{i}", "kind": docs.kinds[kind]}
        if not (large and view.kind == "overview" and kind in view.hidden_kinds):  # the overlap view shows them
            opts["tip"] = docs.compact(tips.edge(ekey))
        if kind == "other":
            opts["type"] = e.type
        if e.type == "CO_RESPONSIBLE":
            opts["width"] = min(1 + 1.5 * float(props.get("weight") or 1), 12)
        elif e.type == "OVERLAPS":
            score = float(props.get("score") or 0)
            opts["width"] = round(1 + 6 * min(max(score, 0.0), 1.0), 2)
            if view.kind == "overlap" and not large:
                opts["label"] = f"{score:.2f}"
        if kind in view.hidden_kinds:
            opts["hidden"] = True
        net.add_edge(e.src, e.dst, **opts)
    net.options = view_options(view, len(view.nodes))
    return net


#: views laid out in groups (one per policy, agencies by jurisdiction) at every size
GROUPED_VIEWS = ("overview", "overlap")
#: nodes of a grouped view whose labels are readable at the first, fitted, view
HUBS = 10


def _hubs(g: PolicyGraph, view: View, degree: Counter[str]) -> set[str]:
    """The :data:`HUBS` nodes whose labels the first view shows: the policies, then the most linked."""
    policies = [k for k in view.nodes if g.nodes[k].label == "Policy"]
    ranked = sorted(view.nodes, key=lambda k: (-degree[k], k))
    chosen = sorted(policies, key=lambda k: (-degree[k], k))[: HUBS // 2]
    return set(chosen + [k for k in ranked if k not in chosen][: HUBS - len(chosen)])


def _grouped(view: View, n_nodes: int) -> bool:
    """Whether a view's positions come from :func:`~policykg.viz.layout.cluster_layout` (no physics)."""
    return not view.levels and (n_nodes > LARGE_VIEW or view.kind in GROUPED_VIEWS)


def view_options(view: View, n_nodes: int) -> dict[str, Any]:
    """vis-network options: hierarchical left-to-right when the view has levels, else force-directed.

    >>> view_options(View("overview", "o.html", "t"), 5000)["layout"]["improvedLayout"]
    False
    """
    large = n_nodes > LARGE_VIEW
    opts: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"font": {"face": FONT_STACK, "size": 15, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "borderWidth": 1.5, "margin": 7, "widthConstraint": {"maximum": 240}},
        "edges": {"smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.25},
                  "arrows": {"to": {"scaleFactor": 0.55}}, "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "navigationButtons": False, "keyboard": {"enabled": True, "bindToWindow": False},
                        "multiselect": True, "tooltipDelay": 3600000},
        "layout": {"randomSeed": 7, "improvedLayout": not large},
    }
    if view.levels:
        opts["layout"]["hierarchical"] = {
            "enabled": True, "direction": "LR", "levelSeparation": 210 if view.kind == "policy" else 330,
            "nodeSpacing": 48 if view.kind == "policy" else 42, "treeSpacing": 70,
            "blockShifting": True, "edgeMinimization": True, "parentCentralization": True,
        }
        opts["edges"]["smooth"] = {"enabled": True, "type": "cubicBezier", "forceDirection": "horizontal",
                                   "roundness": 0.45}
        opts["physics"] = {"enabled": False}
        return opts
    # force layout: label size follows degree (see build_network), tiny labels wait for zooming in
    opts["nodes"]["scaling"] = {"min": 8, "max": 34, "label": {"enabled": True, "min": 13, "max": 34,
                                                              "maxVisible": 22, "drawThreshold": 7}}
    if _grouped(view, n_nodes):  # positions come from cluster_layout
        opts["physics"] = {"enabled": False}
    else:
        opts["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.008, "springLength": 110,
                                 "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.9},
            "stabilization": {"enabled": True, "iterations": 500, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        }
    return opts


def options_name(view: View, n_nodes: int) -> str:
    """The name of a view's options among :func:`option_presets` (what :func:`view_options` depends on).

    >>> options_name(View("policy", "p.html", "t", levels={"a": 0}), 5), options_name(View("overview", "o", "t"), 5)
    ('tree-policy', 'force-grouped')
    """
    large = "-large" if n_nodes > LARGE_VIEW else ""
    if view.levels:
        return ("tree-policy" if view.kind == "policy" else "tree") + large
    return ("force-grouped" if _grouped(view, n_nodes) else "force") + large


@lru_cache(maxsize=1)
def option_presets() -> dict[str, dict[str, Any]]:
    """Every view's vis-network options by :func:`options_name`, sent once in the shared script: a page
    names its preset instead of carrying ~1 kB of options."""
    out: dict[str, dict[str, Any]] = {}
    for view in (View("policy", "p", "t", levels={"a": 0}), View("agency", "a", "t", levels={"a": 0}),
                 View("overview", "o", "t"), View("agency", "a", "t")):
        for n in (1, LARGE_VIEW + 1):
            out.setdefault(options_name(view, n), view_options(view, n))
    return out


def _slim(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Drop what the page can work out: shapes (in the groups), names equal to labels, edge ids and arrows
    (from the kind); edge ends become indices into ``nodes``."""
    index = {}
    for i, n in enumerate(nodes):
        index[n["id"]] = i
        n.pop("shape", None)
        if n.get("name") == n.get("label"):
            del n["name"]
    for e in edges:
        e.pop("arrows", None)
        e.pop("id", None)
        e["from"], e["to"] = index[e["from"]], index[e["to"]]


def render_view(g: PolicyGraph, view: View, *, index_href: str = "index.html",
                agency_stats: dict[str, dict[str, Any]] | None = None, assets_href: str = ASSET_DIR + "/",
                tips: Tips | None = None, links: Links | None = None) -> str:
    """The HTML page of one view: its data inline, document text escaped.

    The page runs the shared script and style (:func:`policykg.viz.assets.asset_files`) from
    ``assets_href`` (relative to the page, ending in ``/``); :func:`policykg.viz.write_views` writes them.
    Views of more than :data:`~policykg.viz.views.LARGE_VIEW` nodes carry lean tips (rows cut short,
    no evidence): the views of one policy or agency show them whole; a large overview's edges that
    start hidden (co-responsibility, overlaps) carry none: the overlap view shows them.  With ``links``
    (:class:`Links`), nodes link to their pages and facts to their spans in the document pages, and a
    tip's evidence longer than 80 characters is cut there (its source link opens the whole span).
    """
    links = links if links is not None else Links()
    docs = _Docs(lean=len(view.nodes) > LARGE_VIEW, documents=links.documents)
    net = build_network(g, view, agency_stats=agency_stats, docs=docs, tips=tips, links=links)
    nodes, edges, _heading, _h, _w, _opts = net.get_network_data()
    _slim(nodes, edges)
    payload = {
        "kind": view.kind, "title": view.title, "focus": view.focus,
        "hierarchical": bool(view.levels), "large": len(nodes) > LARGE_VIEW,
        "expected": {"nodes": len(view.nodes), "edges": len(view.edges)},
        "nodes": nodes, "edges": edges, "options": options_name(view, len(view.nodes)), "docs": docs.items,
        "rowNames": docs.rows.items, "kinds": docs.kinds.items,
        "docHrefs": docs.hrefs(links, "../" * view.path.count("/")),
        "hiddenKinds": sorted(k for k in docs.kinds.items if k in view.hidden_kinds),
    }
    up = "../" * view.path.count("/")
    table = None
    if view.kind == "policy" and view.focus:
        doc = links.documents.get(view.doc_id or "")
        table = responsibility_table(g, view.focus, index=tips.index if tips is not None and tips.g is g else None,
                                     doc_href=up + doc if doc else None,
                                     page_href=lambda a: up + links.pages[a] if a in links.pages else None)
    html = environment().get_template("view.html").render(
        table=table, text_href=up + links.documents[view.doc_id] if view.doc_id in links.documents else None,
        title=view.title, subtitle=view.subtitle, kind=view.kind, index_href=index_href, csp=csp(True),
        style_href=assets_href + STYLE_FILE, script_href=assets_href + SCRIPT_FILE,
        data_json=Markup(script_json(payload)),
        n_nodes=len(nodes), n_edges=len(edges),
    )
    log.debug("rendered %s: %d nodes, %d edges, %d bytes", view.path, len(nodes), len(edges), len(html))
    return html
