"""A precomputed layout for big views: one cluster per policy, no physics in the browser.

vis-network's force layout needs minutes on thousands of nodes in a headless
browser; this places them in O(nodes + edges) instead.  Each policy is the
centre of its cluster, its measures on a ring around it, each measure's
amounts and mentions just outside the measure, and the shared entities
(agencies, platforms...) on an outer ring of the cluster they are most linked
to.  Clusters are packed in rows, largest first.  Same graph, same positions.

Examples
--------
>>> from policykg.graph.model import Edge, Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("policy:d", "Policy", "P", {"doc_id": "d"}, "d"))
>>> g.add_node(Node("measure:d|1", "Measure", "M", {"policy": "d"}, "d"))
>>> g.add_edge(Edge("policy:d", "HAS_MEASURE", "measure:d|1", {}, "d"))
>>> pos = cluster_layout(g, list(g.nodes), list(g.edges))
>>> pos["policy:d"], round(pos["measure:d|1"][0]) > 0
((0.0, 0.0), True)
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

from policykg.graph.keys import key_for
from policykg.graph.model import COMMON, DERIVED, PolicyGraph

__all__ = ["cluster_layout"]

_GAP = 140.0
_ORPHANS = "\uffff"  # sorts last: nodes tied to no policy


def _homes(g: PolicyGraph, nodes: Sequence[str], edges: Sequence[str]) -> dict[str, str]:
    in_view = set(nodes)
    home: dict[str, str] = {}
    for k in nodes:
        n = g.nodes[k]
        doc = n.get("policy") if n.label == "Measure" else (n.get("doc_id") if n.label == "Policy" else None)
        doc = doc or (n.graph if n.graph not in (COMMON, DERIVED) else None)
        if doc is not None and key_for("Policy", doc) in in_view:
            home[k] = key_for("Policy", doc)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for ek in edges:
        e = g.edges[ek]
        neighbours[e.src].append(e.dst)
        neighbours[e.dst].append(e.src)
    for _ in range(2):  # shared entities join the cluster they are most linked to
        for k in nodes:
            if k not in home:
                votes = Counter(home[m] for m in neighbours[k] if m in home)
                if votes:
                    home[k] = min(votes, key=lambda c: (-votes[c], c))
    return {k: home.get(k, _ORPHANS) for k in nodes}


def _cluster(g: PolicyGraph, centre: str, members: list[str], children: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """Positions relative to the cluster centre."""
    pos: dict[str, tuple[float, float]] = {}
    placed: set[str] = set()
    if centre in members:
        pos[centre] = (0.0, 0.0)
        placed.add(centre)
    measures = [m for m in members if g.nodes[m].label == "Measure"]
    r1 = max(160.0, len(measures) * 70.0 / (2 * math.pi))
    for j, m in enumerate(measures):
        a = 2 * math.pi * j / max(len(measures), 1)
        pos[m] = (r1 * math.cos(a), r1 * math.sin(a))
        placed.add(m)
        leaves = [c for c in children.get(m, []) if c in members and c not in placed]
        for i, c in enumerate(leaves):
            spread = 0.5 * math.pi / max(len(measures), 1)
            da = (i - (len(leaves) - 1) / 2) * spread / max(len(leaves), 1)
            r = r1 + 90 + 45 * (i % 3)
            pos[c] = (r * math.cos(a + da), r * math.sin(a + da))
            placed.add(c)
    rest = [k for k in members if k not in placed]
    if rest:
        inner = r1 + 260 if measures else 0.0
        if inner:  # an outer ring, several if crowded
            per_ring = max(12, int(2 * math.pi * inner / 60))
            for i, k in enumerate(rest):
                ring, slot = divmod(i, per_ring)
                n_slots = min(per_ring, len(rest) - ring * per_ring)
                a = 2 * math.pi * slot / n_slots + ring * 0.37
                r = inner + ring * 70
                pos[k] = (r * math.cos(a), r * math.sin(a))
        else:  # no measures: a sunflower
            golden = math.pi * (3 - math.sqrt(5))
            for i, k in enumerate(rest, start=1 if centre in pos else 0):
                r = 55 * math.sqrt(i)
                pos[k] = (r * math.cos(i * golden), r * math.sin(i * golden))
    return pos


def cluster_layout(g: PolicyGraph, nodes: Sequence[str], edges: Sequence[str]) -> dict[str, tuple[float, float]]:
    """``node key -> (x, y)`` for every node of a view; see the module docstring."""
    home = _homes(g, nodes, edges)
    members: dict[str, list[str]] = defaultdict(list)
    for k in sorted(nodes):
        members[home[k]].append(k)
    children: dict[str, list[str]] = defaultdict(list)
    for ek in sorted(edges):
        e = g.edges[ek]
        if e.type in ("HAS_FUNDING", "MENTIONS") and g.nodes[e.src].label == "Measure":
            children[e.src].append(e.dst)
    local = {c: _cluster(g, c, ms, children) for c, ms in members.items()}
    radius = {c: max((math.hypot(x, y) for x, y in p.values()), default=0.0) + 60 for c, p in local.items()}
    order = sorted(local, key=lambda c: (c == _ORPHANS, -len(members[c]), c))
    total = sum((2 * radius[c]) ** 2 for c in order)
    width = max(math.sqrt(total) * 1.3, 2 * max(radius.values(), default=1.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for c in order:
        d = 2 * radius[c]
        if x > 0 and x + d > width:
            x, y, row_h = 0.0, y + row_h + _GAP, 0.0
        cx, cy = x + radius[c], y + radius[c]
        for k, (px, py) in local[c].items():
            out[k] = (round(cx + px, 1), round(cy + py, 1))
        x += d + _GAP
        row_h = max(row_h, d)
    if out:  # centre on the first cluster's centre, for stable doctests and a tidy origin
        first = order[0]
        ox, oy = radius[first], radius[first]
        out = {k: (round(px - ox, 1), round(py - oy, 1)) for k, (px, py) in out.items()}
    return out
