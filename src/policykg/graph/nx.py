"""networkx projections of the :class:`~policykg.graph.model.PolicyGraph`.

:func:`to_networkx` gives one of :data:`VIEWS`:

``"all"``
    The whole graph as a :class:`networkx.MultiDiGraph`: nodes by key with
    ``label``, ``name``, ``graph`` (the named graph) and their properties;
    edges keyed by type with ``type``, ``graph`` and their properties.
``"co_responsibility"``
    A :class:`networkx.Graph` of the agencies responsible for at least one
    measure; an edge joins two agencies responsible for the same measures,
    with ``weight`` (how many), ``measures`` (their keys), ``jaccard`` (shared
    over either's measures) and ``distance`` (``1 / weight``, for path-based
    measures such as betweenness). Nodes carry ``measures``, ``lead``, ``co``
    and ``function``.
``"agency_measure"``
    The bipartite :class:`networkx.Graph` of agencies (``bipartite=0``) and
    every measure (``bipartite=1``; a measure nobody is responsible for is
    isolated); edges carry ``role`` (``lead``/``co``) and ``policy``.
``"citations"``
    A :class:`networkx.DiGraph` of policies; an edge ``citing -> cited`` for
    each citation resolved to a policy of the graph, and for each unresolved
    one an edge to a ``Citation`` node with ``unresolved=True``.
``"jurisdictions"``
    The jurisdiction tree as a :class:`networkx.DiGraph` from parent to child
    (an arborescence when the corpus has one root), nodes with ``level`` and
    the number of ``policies`` and ``agencies`` in them.

Examples
--------
>>> from policykg.graph.model import Edge, Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("measure:p|1", "Measure", "人才培训", {"policy": "p", "measure_id": "1"}, "p"))
>>> for a in ("苏州市人力资源和社会保障局", "苏州市财政局"):
...     g.add_node(Node("agency:" + a, "Agency", a))
...     g.add_edge(Edge("agency:" + a, "RESPONSIBLE_FOR", "measure:p|1", {"role": "co"}, "p"))
>>> from policykg.graph.derivations import derive
>>> derive(g)
>>> G = to_networkx(g, "co_responsibility")
>>> G.edges["agency:苏州市人力资源和社会保障局", "agency:苏州市财政局"]["weight"]
1
>>> B = to_networkx(g, "agency_measure")
>>> sorted(d["bipartite"] for _, d in B.nodes(data=True))
[0, 0, 1]
>>> to_networkx(g).number_of_edges()
3
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from policykg.graph.model import PolicyGraph

__all__ = ["VIEWS", "to_networkx", "write_graphml", "graphml_safe"]

log = logging.getLogger(__name__)

VIEWS: tuple[str, ...] = ("all", "co_responsibility", "agency_measure", "citations", "jurisdictions")


def _node_attrs(n) -> dict[str, Any]:  # noqa: ANN001
    return {**dict(n.props), "label": n.label, "name": n.name, "graph": n.graph}


def _by_type(g: PolicyGraph) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for e in g.edges.values():
        out[e.type].append(e)
    for edges in out.values():
        edges.sort(key=lambda e: e.key)
    return out


def _all(g: PolicyGraph):
    import networkx as nx

    G = nx.MultiDiGraph(view="all")
    for key in sorted(g.nodes):
        G.add_node(key, **_node_attrs(g.nodes[key]))
    for ekey in sorted(g.edges):
        e = g.edges[ekey]
        k = e.type if not G.has_edge(e.src, e.dst, e.type) else f"{e.type}@{e.graph}"
        G.add_edge(e.src, e.dst, key=k, **{**dict(e.props), "type": e.type, "graph": e.graph})
    return G


def _co_responsibility(g: PolicyGraph, edges: dict[str, list]):
    import networkx as nx

    from policykg.graph.overlap import agency_function

    G = nx.Graph(view="co_responsibility")
    measures: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, Counter] = defaultdict(Counter)
    for e in edges.get("RESPONSIBLE_FOR", ()):
        measures[e.src].add(e.dst)
        roles[e.src][e.get("role") or "co"] += 1
    for a in sorted(measures):
        n = g.nodes[a]
        G.add_node(a, label="Agency", name=n.name, function=agency_function(n.name), measures=len(measures[a]),
                   lead=roles[a]["lead"], co=roles[a]["co"], collective=bool(n.get("collective")))
    for e in edges.get("CO_RESPONSIBLE", ()):
        if e.src not in G or e.dst not in G:
            continue
        weight = int(e.get("weight") or 0)
        union = len(measures[e.src] | measures[e.dst])
        G.add_edge(e.src, e.dst, weight=weight, measures=tuple(e.get("measures") or ()),
                   jaccard=weight / union if union else 0.0, distance=1.0 / weight if weight else float("inf"))
    return G


def _agency_measure(g: PolicyGraph, edges: dict[str, list]):
    import networkx as nx

    G = nx.Graph(view="agency_measure")
    for m in g.by_label("Measure"):
        G.add_node(m.key, bipartite=1, label="Measure", name=m.name, policy=m.get("policy"),
                   measure_id=m.get("measure_id"))
    for e in edges.get("RESPONSIBLE_FOR", ()):
        if e.src not in G:
            G.add_node(e.src, bipartite=0, label="Agency", name=g.nodes[e.src].name)
        G.add_edge(e.src, e.dst, role=e.get("role") or "co", policy=e.graph)
    return G


def _citations(g: PolicyGraph, edges: dict[str, list]):
    import networkx as nx

    G = nx.DiGraph(view="citations")
    for p in g.by_label("Policy"):
        G.add_node(p.key, label="Policy", name=p.name, doc_id=p.get("doc_id"), unresolved=False)
    resolved: set[tuple[str, str]] = set()
    for e in edges.get("CITES", ()):
        target = g.nodes.get(e.dst)
        if target is not None and target.label == "Policy":
            resolved.add((e.src, e.get("resolved_from") or ""))
            G.add_edge(e.src, e.dst, resolved=True, doc_number=e.get("doc_number"))
    for e in edges.get("CITES", ()):
        cit = g.nodes.get(e.dst)
        if cit is None or cit.label != "Citation" or (e.src, e.dst) in resolved:
            continue
        G.add_node(e.dst, label="Citation", name=cit.name, unresolved=True)
        G.add_edge(e.src, e.dst, resolved=False, doc_number=e.get("doc_number"))
    return G


def _jurisdictions(g: PolicyGraph, edges: dict[str, list]):
    import networkx as nx

    G = nx.DiGraph(view="jurisdictions")
    inside: dict[str, Counter] = defaultdict(Counter)
    for e in edges.get("IN_JURISDICTION", ()):
        src = g.nodes.get(e.src)
        if src is not None:
            inside[e.dst][src.label] += 1
    for j in g.by_label("Jurisdiction"):
        G.add_node(j.key, label="Jurisdiction", name=j.name, level=j.get("level"),
                   policies=inside[j.key]["Policy"], agencies=inside[j.key]["Agency"])
    for e in edges.get("PART_OF", ()):
        if e.src in G and e.dst in G:
            G.add_edge(e.dst, e.src)  # parent -> child
    return G


def to_networkx(g: PolicyGraph, view: str = "all"):
    """A networkx graph of one of the :data:`VIEWS` of ``g`` (see the module docstring).

    Parameters
    ----------
    g : PolicyGraph
        A built graph (:func:`policykg.graph.build_graph`).
    view : str
        ``"all"`` (default), ``"co_responsibility"``, ``"agency_measure"``,
        ``"citations"`` or ``"jurisdictions"``.

    Returns
    -------
    networkx.MultiDiGraph, networkx.Graph or networkx.DiGraph
        Nodes are the keys of ``g``; the graph attribute ``view`` names the view.

    Raises
    ------
    ValueError
        For an unknown view.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    if view == "all":
        return _all(g)
    edges = _by_type(g)
    builder = {"co_responsibility": _co_responsibility, "agency_measure": _agency_measure,
               "citations": _citations, "jurisdictions": _jurisdictions}[view]
    G = builder(g, edges)
    log.debug("networkx view %s: %d nodes, %d edges", view, G.number_of_nodes(), G.number_of_edges())
    return G


def _safe(value: Any) -> Any:
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return " | ".join(str(v) for v in value)
    return str(value)


def graphml_safe(G):
    """A copy of ``G`` whose attribute values GraphML can store (sequences joined by ``" | "``, ``None`` dropped)."""
    H = G.copy()
    for _, data in H.nodes(data=True):
        for k in list(data):
            if data[k] is None:
                del data[k]
            else:
                data[k] = _safe(data[k])
    edge_data = H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)
    for *_, data in edge_data:
        for k in list(data):
            if data[k] is None or data[k] == float("inf"):
                del data[k]
            else:
                data[k] = _safe(data[k])
    H.graph = {k: _safe(v) for k, v in H.graph.items() if v is not None}
    return H


def write_graphml(g: PolicyGraph, path: str | Path, view: str = "all") -> Path:
    """Write one view of ``g`` as GraphML (for Gephi, yEd, Cytoscape) and return the path."""
    import networkx as nx

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(graphml_safe(to_networkx(g, view)), path, encoding="utf-8")
    return path

