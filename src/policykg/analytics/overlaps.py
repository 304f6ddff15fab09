"""Overlapping measures across policies, read from the graph's ``OVERLAPS`` edges.

The similarity itself is computed once, by :mod:`policykg.graph.overlap`
(the method string of every edge says how); these functions only select and
summarise the edges, so the API, the canned questions and the views agree.

Examples
--------
>>> from policykg.graph import build_graph
>>> from policykg.schema import PolicyDocument
>>> def doc(d, title, text, agency):
...     return PolicyDocument.from_dict({"doc_id": d, "title": d, "measures": [
...         {"id": "1", "title": title, "text": text, "responsible": [agency], "responsible_normalized": [agency]}]})
>>> g = build_graph([doc("a", "人才培训", "开展区块链人才培训,建设人才培训基地。", "苏州市人力资源和社会保障局"),
...                  doc("b", "人才培训基地", "建设区块链人才培训基地,提供人才培训服务。", "深圳市人力资源和社会保障局"),
...                  doc("c", "标准制定", "参与区块链标准制定。", "杭州市市场监督管理局")])
>>> [(r["title_a"], r["title_b"], r["shared_functions"]) for r in overlapping_measures(g)]
[('人才培训', '人才培训基地', ['人力资源和社会保障局'])]
>>> policy_overlap(g)[0]["policy_a"], policy_overlap(g)[0]["policy_b"]
('a', 'b')
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from policykg.analytics._index import index
from policykg.graph.model import PolicyGraph

__all__ = ["overlapping_measures", "policy_overlap"]


def _words(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return str(value).split()


def overlapping_measures(g: PolicyGraph, *, policies: Iterable[str] | None = None,
                         min_score: float | None = None) -> list[dict[str, Any]]:
    """Pairs of measures of different policies that overlap, most similar first.

    Parameters
    ----------
    g : PolicyGraph
        A built graph (its ``OVERLAPS`` edges come from :mod:`policykg.graph.overlap`).
    policies : iterable of str, optional
        Doc ids: keep pairs whose two measures both belong to these policies;
        ``a`` is then the measure of the policy listed first.
    min_score : float, optional
        Keep pairs scoring at least this (the edges already pass
        :data:`policykg.graph.overlap.THRESHOLD`, 0.25).

    Returns
    -------
    list of dict
        ``score``, ``content`` (text similarity), ``agencies`` (similarity of
        the responsible agencies' functions), ``policies`` (how alike the two
        policies are, at most 1), ``policy_a``, ``measure_a``
        (key), ``measure_id_a``, ``title_a``, the same for ``b``,
        ``shared_words``, ``shared_functions`` (lists) and ``method``.
        ``a`` is the measure of the policy listed first in ``policies``, or
        that sorts first.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": d, "title": d, "measures": [
    ...     {"id": "1", "title": title, "text": text}]}) for d, title, text in (
    ...     ("a", "人才培训", "开展区块链人才培训。"), ("b", "人才培训", "建设人才培训基地。"), ("c", "标准制定", "参与标准制定。"))])
    >>> rows = overlapping_measures(g, policies=["b", "a"])
    >>> rows[0]["policy_a"], rows[0]["policy_b"], rows[0]["score"] >= 0.25
    ('b', 'a', True)
    """
    ix = index(g)
    position = {p: i for i, p in reversed(list(enumerate(policies)))} if policies is not None else None
    keep = set(position) if position is not None else None
    rows = []
    for e in ix.by_type["OVERLAPS"]:
        ma, mb = g.nodes.get(e.src), g.nodes.get(e.dst)
        if ma is None or mb is None:
            continue
        pa, pb = ix.policy_of(ma), ix.policy_of(mb)
        if keep is not None and not (pa in keep and pb in keep):
            continue
        score = float(e.get("score") or 0.0)
        if min_score is not None and score < min_score:
            continue
        if ((position[pa], ma.key) > (position[pb], mb.key)) if position is not None else ((pa, ma.key) > (pb, mb.key)):
            ma, mb, pa, pb = mb, ma, pb, pa
        rows.append({
            "score": score, "content": e.get("content"), "agencies": e.get("agencies"),
            "policies": e.get("policies"),
            "policy_a": pa, "measure_a": ma.key, "measure_id_a": ma.get("measure_id"), "title_a": ma.name,
            "policy_b": pb, "measure_b": mb.key, "measure_id_b": mb.get("measure_id"), "title_b": mb.name,
            "shared_words": _words(e.get("shared_words")), "shared_functions": _words(e.get("shared_functions")),
            "method": e.get("method"),
        })
    rows.sort(key=lambda r: (-r["score"], r["measure_a"], r["measure_b"]))
    return rows


def policy_overlap(g: PolicyGraph, *, min_score: float | None = None) -> list[dict[str, Any]]:
    """For each pair of policies, how many of their measures overlap and how strongly.

    Returns
    -------
    list of dict
        ``policy_a``, ``policy_b``, ``title_a``, ``title_b``, ``pairs``
        (overlapping measure pairs), ``measures_a`` and ``measures_b``
        (distinct measures involved), ``max_score``, ``mean_score`` and
        ``shared_functions`` (agency functions shared, most frequent first);
        most pairs first.

    Examples
    --------
    >>> from policykg.graph.model import PolicyGraph
    >>> policy_overlap(PolicyGraph())
    []
    """
    ix = index(g)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in overlapping_measures(g, min_score=min_score):
        groups[(r["policy_a"], r["policy_b"])].append(r)
    rows = []
    for (pa, pb), rs in groups.items():
        functions = Counter(f for r in rs for f in r["shared_functions"])
        rows.append({
            "policy_a": pa, "policy_b": pb, "title_a": ix.policy_title(pa), "title_b": ix.policy_title(pb),
            "pairs": len(rs), "measures_a": len({r["measure_a"] for r in rs}),
            "measures_b": len({r["measure_b"] for r in rs}),
            "max_score": max(r["score"] for r in rs), "mean_score": round(sum(r["score"] for r in rs) / len(rs), 4),
            "shared_functions": [f for f, _ in sorted(functions.items(), key=lambda kv: (-kv[1], kv[0]))],
        })
    rows.sort(key=lambda r: (-r["pairs"], -r["max_score"], r["policy_a"], r["policy_b"]))
    return rows
