"""The corpus-wide derivations: what the graph knows only once every document is in it.

:func:`derive` is the one entry point.  It recomputes, over the whole graph, each of:

* **agency jurisdictions**: an agency ``IN_JURISDICTION`` the most specific jurisdiction its name
  contains (深圳市福田区科技创新局 -> 福田区), in the graph ``common``;
* **resolved citations and lifecycle links**: a ``CITES``, ``REPEALS``, ``AMENDS``, ``EXTENDS`` or
  ``IMPLEMENTS`` edge to a ``Citation`` that names a policy of the corpus (by title or 文号) gets a copy
  to that policy (``resolved_from`` the citation), in the graph ``derived``;
* **overlaps**: ``OVERLAPS`` edges between measures of different policies that set the same task
  (:func:`policykg.graph.overlap.overlap_edges`, the similarity and its NLP), graph ``derived``;
* **co-responsibility**: ``CO_RESPONSIBLE`` edges between agencies sharing measures
  (:func:`co_responsibility_edges`), graph ``derived``.

Documents enter the graph one at a time (:mod:`policykg.graph.build`); the corpus pipeline
(:func:`policykg.pipeline.run`) calls :func:`derive` once per build, after the last one.

Examples
--------
>>> from policykg.graph.build import add_document
>>> from policykg.schema.models import Citation, PolicyDocument
>>> a = PolicyDocument("a", "a.txt", "", "关于支持区块链发展的若干措施", "funding_measures")
>>> b = PolicyDocument("b", "b.txt", "", "实施细则", "other", cited_policies=(Citation("关于支持区块链发展的若干措施"),))
>>> g = PolicyGraph()
>>> add_document(g, a); add_document(g, b); derive(g)
>>> [(e.src, e.type, e.dst, e.graph) for e in g.edges.values() if e.get("resolved_from")]
[('policy:b', 'CITES', 'policy:a', 'derived')]
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Mapping, Sequence

from policykg.graph.model import COMMON, DERIVED, LINK_EDGES, Edge, Node, PolicyGraph
from policykg.graph.overlap import overlap_edges

__all__ = ["derive", "agency_jurisdiction_edges", "resolved_link_edges", "co_responsibility_edges"]

_ISSUED = re.compile(r"关于(?:印发|公布|发布)(.+)的(?:通知|决定)$")


def derive(g: PolicyGraph, *, words: Mapping[str, Sequence[str]] | None = None) -> None:
    """Recompute every corpus-wide edge of ``g``: agency jurisdictions, resolved links, overlaps, co-responsibility.

    The edges of the graph ``derived`` and the agencies' ``IN_JURISDICTION`` edges are dropped and
    computed again, so the result does not depend on the order documents were added or removed in.

    Parameters
    ----------
    g : PolicyGraph
        The graph, changed in place.
    words : mapping, optional
        Measure key -> its words for the overlap, computed beforehand (``policykg build`` tokenizes
        in its worker processes; see :func:`policykg.graph.overlap.overlap_edges`).
    """
    g.edges = {k: e for k, e in g.edges.items() if e.graph != DERIVED
               and not (e.type == "IN_JURISDICTION" and g.nodes[e.src].label == "Agency")}
    for edge in [*agency_jurisdiction_edges(g), *resolved_link_edges(g)]:
        g.add_edge(edge)
    for edge in overlap_edges(g, words=words):
        g.add_edge(edge)
    for edge in co_responsibility_edges(g):
        g.add_edge(edge)


def _agency_jurisdiction(name: str, jurisdictions: list[Node]) -> str | None:
    """The most specific jurisdiction named in an agency's name (深圳市福田区… -> 福田区)."""
    best, best_rank = None, (-1, -1)
    for node in jurisdictions:
        if node.name and node.name in name:
            rank = (len(node.name), node.get("rank") if node.get("rank") is not None else -1)
            if best is None or rank > best_rank:
                best, best_rank = node, rank
    return best.key if best else None


def agency_jurisdiction_edges(g: PolicyGraph) -> list[Edge]:
    """``IN_JURISDICTION`` edges (graph ``common``) from each agency to the jurisdiction its name names."""
    jurisdictions = g.by_label("Jurisdiction")
    out = []
    for node in g.by_label("Agency"):  # independent of the order documents were added in
        jkey = _agency_jurisdiction(node.name, jurisdictions)
        if jkey:
            out.append(Edge(node.key, "IN_JURISDICTION", jkey, {}, COMMON))
    return out


def resolved_link_edges(g: PolicyGraph) -> list[Edge]:
    """Citations and lifecycle links to a ``Citation`` that names a corpus policy, copied to that policy.

    A ``CITES`` edge resolves by title, else by 文号; a lifecycle link by :func:`_link_target`.  The
    copies are in the graph ``derived``, with ``resolved_from`` the citation's key.
    """
    by_title: dict = {n.get("title_key"): n.key for n in g.by_label("Policy")}
    for n in g.by_label("Policy"):  # 关于印发《X》的通知 is known by X too (for lifecycle links)
        issued = _ISSUED.search(n.get("title_key") or "")
        if issued:
            by_title.setdefault(("issued", issued.group(1)), n.key)
    by_number = {n.get("doc_number"): n.key for n in g.by_label("Policy") if n.get("doc_number")}
    out = []
    for e in list(g.edges_of("CITES")):
        cit = g.nodes.get(e.dst)
        if cit is None or cit.label != "Citation":
            continue
        target = by_title.get(cit.get("title_key")) or by_number.get(e.get("doc_number") or "")
        if target and target != e.src:
            out.append(Edge(e.src, "CITES", target, {"resolved_from": cit.key, **e.properties}, DERIVED))
    for e in [e for t in LINK_EDGES.values() for e in g.edges_of(t)]:
        cit = g.nodes.get(e.dst)
        if cit is None or cit.label != "Citation":
            continue
        target = _link_target(g, cit, e.get("doc_number"), by_title, by_number)
        if target and target != e.src:
            out.append(Edge(e.src, e.type, target, {"resolved_from": cit.key, **e.properties}, DERIVED))
    return out


def _link_target(g: PolicyGraph, cit: Node, number: str | None, by_title: dict, by_number: dict) -> str | None:
    """The corpus policy a lifecycle link names: by 文号, else by title unless the 文号s differ.

    A policy of the same title under another 文号 is another version (a new 办法 repeals the old
    one of the same name), so a title resolves only to a policy without a 文号 or with the same.
    ``关于印发《X》的通知`` in the corpus also answers to X.
    """
    if number:
        return by_number.get(number) or _by_title(g, cit, number, by_title)
    return _by_title(g, cit, None, by_title)


def _by_title(g: PolicyGraph, cit: Node, number: str | None, by_title: dict) -> str | None:
    key = cit.get("title_key")
    target = by_title.get(key) if key else None
    if target is None and key:
        target = by_title.get(("issued", key))
    if target is None:
        return None
    other = g.nodes[target].get("doc_number")
    return target if not (number and other and other != number) else None


def co_responsibility_edges(g: PolicyGraph) -> list[Edge]:
    """CO_RESPONSIBLE edges between agencies sharing measures, weighted by their count."""
    by_measure: dict[str, set[str]] = defaultdict(set)
    for e in g.edges_of("RESPONSIBLE_FOR"):
        by_measure[e.dst].add(e.src)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m, agencies in by_measure.items():
        for a, b in combinations(sorted(agencies), 2):
            shared[(a, b)].append(m)
    return [Edge(a, "CO_RESPONSIBLE", b, {"weight": len(ms), "measures": tuple(sorted(ms))}, DERIVED)
            for (a, b), ms in sorted(shared.items())]
