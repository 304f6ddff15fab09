"""Network measures of agencies on the co-responsibility graph: centrality and communities.

Both work on the ``co_responsibility`` view of :func:`policykg.graph.nx.to_networkx`:
agencies joined when they are responsible for the same measures, weighted by
how many. PageRank needs scipy (the ``analytics`` extra); degree,
betweenness and communities need only networkx.

Examples
--------
>>> from policykg.graph import build_graph
>>> from policykg.schema import PolicyDocument
>>> def m(i, *agencies):
...     return {"id": str(i), "title": f"措施{i}", "responsible": list(agencies), "responsible_normalized": list(agencies)}
>>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
...     m(1, "甲局", "乙局"), m(2, "甲局", "乙局"), m(3, "乙局", "丙局"), m(4, "丙局", "丁局"), m(5, "丙局", "丁局")]})])
>>> [(r["agency"], r["degree"]) for r in agency_centrality(g)][:2]
[('丙局', 2), ('乙局', 2)]
>>> [c["agencies"] for c in agency_communities(g)]
[['丁局', '丙局'], ['乙局', '甲局']]
"""
from __future__ import annotations

import logging
from typing import Any

from policykg._optional import require
from policykg.graph.model import PolicyGraph
from policykg.graph.nx import to_networkx

__all__ = ["agency_centrality", "agency_communities", "COMMUNITY_METHODS"]

log = logging.getLogger(__name__)

COMMUNITY_METHODS = ("louvain", "greedy")


def agency_centrality(g: PolicyGraph, *, pagerank: bool = False) -> list[dict[str, Any]]:
    """Centrality of each agency in the co-responsibility network, most central first.

    Parameters
    ----------
    g : PolicyGraph
        A built graph.
    pagerank : bool
        Also compute weighted PageRank. It needs scipy: without it a
        :class:`~policykg.MissingExtraError` says ``pip install 'policykg[analytics]'``.

    Returns
    -------
    list of dict
        ``agency``, ``agency_key``, ``measures`` (it is responsible for),
        ``degree`` (agencies it shares measures with), ``weighted_degree``
        (shared measures summed over them), ``degree_centrality``,
        ``betweenness`` (normalised, over paths whose length is ``1 / shared``)
        and, if asked, ``pagerank``; sorted by ``weighted_degree``, then
        ``betweenness``, descending.

    Raises
    ------
    MissingExtraError
        When ``pagerank=True`` and scipy is not installed.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
    ...     {"id": "1", "title": "措施", "responsible": ["甲局", "乙局"], "responsible_normalized": ["甲局", "乙局"]}]})])
    >>> row = agency_centrality(g, pagerank=True)[0]
    >>> row["degree"], round(row["pagerank"], 2)
    (1, 0.5)
    """
    import networkx as nx

    if pagerank:
        require("scipy", "PageRank (networkx.pagerank)")
    G = to_networkx(g, "co_responsibility")
    if G.number_of_nodes() == 0:
        return []
    centrality = nx.degree_centrality(G)
    betweenness = nx.betweenness_centrality(G, weight="distance", normalized=True)
    ranks = nx.pagerank(G, weight="weight") if pagerank else {}
    rows = []
    for a, data in G.nodes(data=True):
        row = {
            "agency": data["name"], "agency_key": a, "measures": data["measures"], "degree": G.degree(a),
            "weighted_degree": G.degree(a, weight="weight"), "degree_centrality": round(centrality[a], 4),
            "betweenness": round(betweenness[a], 4),
        }
        if pagerank:
            row["pagerank"] = round(ranks[a], 4)
        rows.append(row)
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["betweenness"], r["agency"]))
    return rows


def agency_communities(g: PolicyGraph, *, method: str = "louvain", seed: int = 0,
                       resolution: float = 1.0) -> list[dict[str, Any]]:
    """Groups of agencies that work together, by modularity on the co-responsibility network.

    Parameters
    ----------
    g : PolicyGraph
        A built graph.
    method : {"louvain", "greedy"}
        :func:`networkx.community.louvain_communities` (seeded, so repeatable)
        or :func:`networkx.community.greedy_modularity_communities`.
    seed : int
        Seed of the Louvain method.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.

    Returns
    -------
    list of dict
        ``community`` (0 is the largest), ``size``, ``agencies`` (names,
        sorted), ``keys``, ``internal_weight`` (measures shared inside) and
        ``modularity`` (of the whole partition); agencies that share no
        measure form communities of one.

    Examples
    --------
    >>> from policykg.graph.model import PolicyGraph
    >>> agency_communities(PolicyGraph())
    []
    """
    import networkx as nx

    if method not in COMMUNITY_METHODS:
        raise ValueError(f"unknown community method {method!r}: use one of {', '.join(COMMUNITY_METHODS)}")
    G = to_networkx(g, "co_responsibility")
    if G.number_of_nodes() == 0:
        return []
    if method == "louvain":
        parts = nx.community.louvain_communities(G, weight="weight", resolution=resolution, seed=seed)
    else:
        parts = nx.community.greedy_modularity_communities(G, weight="weight", resolution=resolution)
    parts = [sorted(p) for p in parts]
    modularity = nx.community.modularity(G, parts, weight="weight", resolution=resolution) \
        if G.number_of_edges() else 0.0
    parts.sort(key=lambda p: (-len(p), sorted(G.nodes[a]["name"] for a in p)))
    rows = []
    for i, part in enumerate(parts):
        rows.append({
            "community": i, "size": len(part), "agencies": sorted(G.nodes[a]["name"] for a in part), "keys": part,
            "internal_weight": int(G.subgraph(part).size(weight="weight")), "modularity": round(modularity, 4),
        })
    log.debug("communities (%s): %d", method, len(rows))
    return rows
