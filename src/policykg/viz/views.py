"""Which nodes and edges each view shows: overview, one per policy, one per agency, overlap.

A :class:`View` is only a selection of keys of a
:class:`~policykg.graph.model.PolicyGraph` plus a title and a layout; drawing
it is :mod:`policykg.viz.render`'s job.  The selections are plain functions
of the graph, so tests can recompute what a page must show.

Examples
--------
>>> from policykg.graph.model import Edge, Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("policy:p", "Policy", "关于支持区块链发展的若干措施", {"doc_id": "p"}, "p"))
>>> g.add_node(Node("measure:p|1", "Measure", "加强组织领导", {"policy": "p"}, "p"))
>>> g.add_node(Node("agency:市工信局", "Agency", "市工信局"))
>>> g.add_edge(Edge("policy:p", "HAS_MEASURE", "measure:p|1", {}, "p"))
>>> g.add_edge(Edge("agency:市工信局", "RESPONSIBLE_FOR", "measure:p|1", {"role": "lead"}, "p"))
>>> v = policy_view(g, "policy:p")
>>> len(v.nodes), len(v.edges), v.levels["measure:p|1"]
(2, 1, 1)
>>> agency_view(g, "agency:市工信局").path.startswith("agencies/")
True
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from policykg.graph.model import Edge, PolicyGraph

__all__ = [
    "View",
    "GraphIndex",
    "overview_view",
    "policy_view",
    "agency_view",
    "overlap_view",
    "overlap_explanation",
    "all_views",
    "slug",
    "policy_stem",
    "document_path",
    "workload",
    "LARGE_VIEW",
]

#: above this many nodes a view is "large": precomputed layout, no physics, derived edges start hidden
LARGE_VIEW = 800

_UNSAFE = re.compile(r"[^\w\-]+")


def slug(text: str, key: str, limit: int = 40) -> str:
    """A file-name-safe, unique stem: the readable part of ``text`` plus a hash of ``key``.

    >>> slug("苏州市财政局", "agency:苏州市财政局")
    '苏州市财政局-f02364c3'
    >>> slug("../<x>", "k")[:2]
    'x-'
    """
    base = _UNSAFE.sub("-", text).strip("-_")[:limit] or "view"
    return f"{base}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


@dataclass(frozen=True)
class View:
    """A selection of a graph to draw on one page.

    Attributes
    ----------
    kind : str
        ``overview``, ``policy``, ``agency`` or ``overlap``.
    path : str
        Where the page goes, relative to the output directory (``/`` separated).
    title, subtitle : str
        Page heading (document text: escaped when rendered).
    nodes, edges : tuple of str
        Node keys and edge keys shown, sorted.
    levels : dict
        Node key -> column for a left-to-right hierarchical layout; empty for a
        force-directed one.
    hidden_kinds : frozenset of str
        Edge kinds (see :func:`policykg.viz.style.edge_kind`) hidden until the
        reader ticks them in the legend.
    focus : str or None
        The node the view is about.
    doc_id : str or None
        A policy view's document.
    """

    kind: str
    path: str
    title: str
    subtitle: str = ""
    nodes: tuple[str, ...] = ()
    edges: tuple[str, ...] = ()
    levels: dict[str, int] = field(default_factory=dict)
    hidden_kinds: frozenset[str] = frozenset()
    focus: str | None = None
    doc_id: str | None = None


class GraphIndex:
    """Edges by (source, type) and (target, type), built once for all views of a graph."""

    def __init__(self, g: PolicyGraph) -> None:
        self.g = g
        self.out: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        self.into: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        for e in sorted(g.edges.values(), key=lambda e: e.key):
            self.out[(e.src, e.type)].append(e)
            self.into[(e.dst, e.type)].append(e)

    def out_edges(self, key: str, type_: str) -> list[Edge]:
        return self.out.get((key, type_), [])

    def in_edges(self, key: str, type_: str) -> list[Edge]:
        return self.into.get((key, type_), [])


def workload(g: PolicyGraph) -> dict[str, dict[str, int]]:
    """Per agency key: measures it leads, co-handles, and the policies they come from.

    Only agencies responsible for at least one measure appear.
    """
    lead: dict[str, int] = defaultdict(int)
    co: dict[str, int] = defaultdict(int)
    policies: dict[str, set[str]] = defaultdict(set)
    for e in g.edges.values():
        if e.type != "RESPONSIBLE_FOR":
            continue
        if e.get("role") == "lead":
            lead[e.src] += 1
        else:
            co[e.src] += 1
        m = g.nodes.get(e.dst)
        policies[e.src].add(str(m.get("policy") if m is not None else e.graph))
    return {k: {"lead": lead[k], "co": co[k], "total": lead[k] + co[k], "policies": len(policies[k])}
            for k in sorted(set(lead) | set(co))}


def _index(g: PolicyGraph, index: GraphIndex | None) -> GraphIndex:
    return index if index is not None and index.g is g else GraphIndex(g)


def _make(kind: str, path: str, title: str, subtitle: str, nodes: dict[str, int | None], edges: list[Edge],
          *, focus: str | None = None, hidden: frozenset[str] = frozenset(), doc_id: str | None = None) -> View:
    levels = {k: lv for k, lv in nodes.items() if lv is not None}
    return View(kind, path, title, subtitle, tuple(sorted(nodes)), tuple(sorted({e.key for e in edges})),
                levels, hidden, focus, doc_id)


def overview_view(g: PolicyGraph) -> View:
    """Every node and edge.

    Co-responsibility edges start hidden (they repeat the agency-measure links),
    and so do overlap edges on large graphs (the overlap view shows them).
    """
    counts = g.counts()["nodes"]
    sub = " · ".join(f"{label} {n}" for label, n in counts.items())
    hidden = {"CO_RESPONSIBLE", "OVERLAPS"} if len(g.nodes) > LARGE_VIEW else {"CO_RESPONSIBLE"}
    return View("overview", "overview.html", "全图总览 Overview", sub, tuple(sorted(g.nodes)),
                tuple(sorted(g.edges)), {}, frozenset(hidden))


def policy_view(g: PolicyGraph, policy_key: str, index: GraphIndex | None = None) -> View:
    """A policy, its issuers, its measures and their funding.

    Columns: policy and issuers (0), measures (1), amounts (2).  Who is responsible for each
    measure is the table beside the graph (:func:`policykg.viz.matrix.responsibility_table`), not
    dozens of crossing lines.
    """
    ix = _index(g, index)
    p = g.nodes[policy_key]
    nodes: dict[str, int | None] = {policy_key: 0}
    edges: list[Edge] = []
    for e in ix.out_edges(policy_key, "ISSUED_BY"):
        nodes.setdefault(e.dst, 0)
        edges.append(e)
    for hm in ix.out_edges(policy_key, "HAS_MEASURE"):
        nodes[hm.dst] = 1
        edges.append(hm)
        for f in ix.out_edges(hm.dst, "HAS_FUNDING"):
            nodes[f.dst] = 2
            edges.append(f)
    stem = policy_stem(g, policy_key)
    bits = [str(p.get(k)) for k in ("doc_number", "date", "jurisdiction") if p.get(k)]
    return _make("policy", f"policies/{stem}.html", p.name, " · ".join(bits), nodes, edges, focus=policy_key,
                 doc_id=str(p.get("doc_id") or p.graph))


def policy_stem(g: PolicyGraph, policy_key: str) -> str:
    """The file stem of a policy's pages (``policies/STEM.html``, ``documents/STEM.html``)."""
    p = g.nodes[policy_key]
    return slug(str(p.get("doc_id") or p.name), policy_key)


def document_path(view: View) -> str | None:
    """Where a policy view's document page goes (``documents/STEM.html``), None for other views."""
    return "documents/" + view.path.split("/", 1)[1] if view.kind == "policy" and view.doc_id else None


def agency_view(g: PolicyGraph, agency_key: str, index: GraphIndex | None = None) -> View:
    """An agency, the measures it leads or co-handles, and the policies they belong to.

    Columns: agency (0), measures (1), policies (2); policies it issued join column 2.
    """
    ix = _index(g, index)
    a = g.nodes[agency_key]
    nodes: dict[str, int | None] = {agency_key: 0}
    edges: list[Edge] = []
    lead = co = 0
    for r in ix.out_edges(agency_key, "RESPONSIBLE_FOR"):
        nodes[r.dst] = 1
        edges.append(r)
        lead, co = (lead + 1, co) if r.get("role") == "lead" else (lead, co + 1)
        for hm in ix.in_edges(r.dst, "HAS_MEASURE"):
            nodes[hm.src] = 2
            edges.append(hm)
    for iss in ix.in_edges(agency_key, "ISSUED_BY"):
        nodes[iss.src] = 2
        edges.append(iss)
    policies = sum(1 for k in nodes if g.nodes[k].label == "Policy")
    sub = f"牵头 lead {lead} · 配合 co {co} · 政策 policies {policies}"
    return _make("agency", f"agencies/{slug(a.name, agency_key)}.html", a.name, sub, nodes, edges, focus=agency_key)


def overlap_view(g: PolicyGraph, index: GraphIndex | None = None) -> View:
    """Agencies linked by the measures they share, and similar measures across policies.

    Left: the co-responsibility network (edge width = shared measures).
    Right: OVERLAPS edges between measures, each measure tied to its policy.
    """
    ix = _index(g, index)
    nodes: dict[str, int | None] = {}
    edges: list[Edge] = []
    for e in g.edges_of("CO_RESPONSIBLE"):
        nodes[e.src] = nodes[e.dst] = None
        edges.append(e)
    for e in g.edges_of("OVERLAPS"):
        nodes[e.src] = nodes[e.dst] = None
        edges.append(e)
        for m in (e.src, e.dst):
            for hm in ix.in_edges(m, "HAS_MEASURE"):
                nodes[hm.src] = None
                edges.append(hm)
    n_co, n_ov = len(g.edges_of("CO_RESPONSIBLE")), len(g.edges_of("OVERLAPS"))
    sub = f"共同负责 co-responsibility {n_co} · 相似措施 overlaps {n_ov}"
    if n_ov:
        sub += " · " + overlap_explanation(g)
    return _make("overlap", "overlap.html", "重叠与协同 Overlap", sub, nodes, edges)


_THRESHOLD = re.compile(r">=\s*([0-9]*\.?[0-9]+)")


def overlap_explanation(g: PolicyGraph) -> str:
    """What an overlap score means, in words (the edges' ``method`` names the formula; readers get this).

    The threshold is read from the method (``... >= 0.12``), else the lowest score drawn.

    >>> from policykg.graph.model import Edge, Node, PolicyGraph
    >>> g = PolicyGraph()
    >>> for d in "ab":
    ...     g.add_node(Node(f"measure:{d}|1", "Measure", "人才", {"policy": d}, d))
    >>> g.add_edge(Edge("measure:a|1", "OVERLAPS", "measure:b|1", {"score": 0.4, "method": "x * agency >= 0.12"}, "derived"))
    >>> overlap_explanation(g)[:40]
    '相似度：两条措施用了多少相同的关键词（0 毫无共同，1 措辞相同），负责部门职能'
    >>> "0.12" in overlap_explanation(g)
    True
    """
    edges = g.edges_of("OVERLAPS")
    methods = " ".join(sorted({str(e.get("method") or "") for e in edges}))
    found = _THRESHOLD.search(methods)
    lowest = min((float(e.get("score") or 0) for e in edges), default=0.0)
    threshold = float(found.group(1)) if found else lowest
    agencies = "agency" in methods
    zh = ("相似度：两条措施用了多少相同的关键词（0 毫无共同，1 措辞相同）"
          + ("，负责部门职能相同再加分" if agencies else "") + f"；连线为不同政策中相似度 ≥ {threshold:g} 的措施对")
    en = ("Score: how much two measures share their distinctive words (0 nothing, 1 the same wording)"
          + (", raised when their agencies do the same work" if agencies else "")
          + f"; lines join measures of different policies scoring at least {threshold:g}")
    return f"{zh}。{en}."


def all_views(g: PolicyGraph, *, agencies: bool = True) -> list[View]:
    """Overview, overlap, one view per policy and (if ``agencies``) one per agency with responsibilities.

    An agency gets a view when it is responsible for a measure or issued a policy.
    """
    ix = GraphIndex(g)
    views = [overview_view(g), overlap_view(g, ix)]
    views += [policy_view(g, p.key, ix) for p in g.by_label("Policy")]
    if agencies:
        views += [agency_view(g, a.key, ix) for a in g.by_label("Agency")
                  if ix.out_edges(a.key, "RESPONSIBLE_FOR") or ix.in_edges(a.key, "ISSUED_BY")]
    return views
