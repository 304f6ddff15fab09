"""Who is responsible for what: responsibility matrix, workloads, co-responsibility, gaps.

Every function takes a built :class:`~policykg.graph.model.PolicyGraph` and
returns plain rows (a list of dicts), ready for printing, JSON or
:func:`policykg.to_frame`.

Examples
--------
>>> from policykg.graph import build_graph
>>> from policykg.schema import PolicyDocument
>>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
...     {"id": "1", "title": "人才培训", "responsible": ["市人社局", "市财政局"],
...      "responsible_normalized": ["苏州市人社局", "苏州市财政局"], "lead": "苏州市人社局"},
...     {"id": "2", "title": "平台建设", "responsible": ["市财政局"], "responsible_normalized": ["苏州市财政局"]},
...     {"id": "3", "title": "宣传引导"}]})])
>>> [(r["agency"], r["lead"], r["co"]) for r in agency_responsibility(g)]
[('苏州市财政局', 0, 2), ('苏州市人社局', 1, 0)]
>>> [(r["agency_a"], r["agency_b"], r["shared"], r["jaccard"]) for r in co_responsibility(g)]
[('苏州市人社局', '苏州市财政局', 1, 0.5)]
>>> [r["title"] for r in unassigned_measures(g)]
['宣传引导']
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from policykg.analytics._index import index
from policykg.graph.model import PolicyGraph

__all__ = ["responsibility_matrix", "agency_responsibility", "co_responsibility", "unassigned_measures"]


def responsibility_matrix(g: PolicyGraph, *, policies: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Agency x policy: how many measures of each policy an agency leads or co-handles.

    Parameters
    ----------
    g : PolicyGraph
        A built graph.
    policies : iterable of str, optional
        Doc ids to keep (default: all).

    Returns
    -------
    list of dict
        One row per (agency, policy) with at least one measure: ``agency``,
        ``agency_key``, ``policy`` (doc id), ``policy_title``, ``lead``, ``co``
        and ``total``; sorted by agency then policy. For the wide matrix:
        ``policykg.to_frame(rows).pivot_table(index="agency", columns="policy", values="total", fill_value=0)``.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
    ...     {"id": "1", "title": "人才培训", "responsible": ["市人社局"], "responsible_normalized": ["苏州市人社局"],
    ...      "lead": "苏州市人社局"}]})])
    >>> responsibility_matrix(g)[0]["lead"], responsibility_matrix(g)[0]["policy"]
    (1, 'p')
    """
    ix = index(g)
    keep = set(policies) if policies is not None else None
    cells: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for mkey, resp in ix.responsible.items():
        doc = ix.policy_of(g.nodes[mkey])
        if keep is not None and doc not in keep:
            continue
        for agency, role in resp:
            cells[(agency, doc)][role] += 1
    rows = [{
        "agency": ix.name(agency), "agency_key": agency, "policy": doc, "policy_title": ix.policy_title(doc),
        "lead": c["lead"], "co": c["co"], "total": c["lead"] + c["co"],
    } for (agency, doc), c in cells.items()]
    rows.sort(key=lambda r: (r["agency"], r["policy"]))
    return rows


def agency_responsibility(g: PolicyGraph, *, collectives: bool = False) -> list[dict[str, Any]]:
    """Each agency's workload across policies, heaviest first.

    Parameters
    ----------
    collectives : bool
        Also list collective units (各区人民政府, 各有关部门: Agency nodes marked ``collective``),
        which name a class of bodies and are left out of the ranking by default, as in the
        ``agency_workload`` question.

    Returns
    -------
    list of dict
        ``agency``, ``agency_key``, ``lead``, ``co``, ``total`` (measures it is
        responsible for), ``no_lead_stated`` (of them, those whose text names no lead
        unit: ``lead`` 0 then means no lead is stated, not that it never leads),
        ``policies`` (how many policies), ``policy_ids`` and ``collective``;
        sorted by ``total``, then ``lead``, descending, then name.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": d, "title": d, "measures": [
    ...     {"id": "1", "title": "措施", "responsible": ["市财政局"], "responsible_normalized": ["苏州市财政局"]}]})
    ...     for d in ("a", "b")])
    >>> agency_responsibility(g)[0]["policies"], agency_responsibility(g)[0]["no_lead_stated"]
    (2, 2)
    """
    ix = index(g)
    roles: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    for mkey, resp in ix.responsible.items():
        doc = ix.policy_of(g.nodes[mkey])
        stated = any(role == "lead" for _, role in resp)
        for agency, role in resp:
            roles[agency][role] += 1
            roles[agency]["unstated"] += not stated
            docs[agency].add(doc)
    rows = [{
        "agency": ix.name(a), "agency_key": a, "lead": c["lead"], "co": c["co"], "total": c["lead"] + c["co"],
        "no_lead_stated": c["unstated"],
        "policies": len(docs[a]), "policy_ids": sorted(docs[a]), "collective": bool(g.nodes[a].get("collective")),
    } for a, c in roles.items() if collectives or not g.nodes[a].get("collective")]
    rows.sort(key=lambda r: (-r["total"], -r["lead"], r["agency"]))
    return rows


def co_responsibility(g: PolicyGraph, *, min_shared: int = 1) -> list[dict[str, Any]]:
    """Pairs of agencies responsible for the same measures (the ``CO_RESPONSIBLE`` edges), strongest first.

    Parameters
    ----------
    g : PolicyGraph
        A built graph.
    min_shared : int
        Keep pairs sharing at least this many measures.

    Returns
    -------
    list of dict
        ``agency_a``, ``agency_b`` (names, in key order), ``key_a``, ``key_b``,
        ``shared`` (measures both are responsible for), ``jaccard`` (shared
        over the measures either is responsible for), ``measures`` (keys) and
        ``policies`` (doc ids); sorted by ``shared``, then ``jaccard``, descending.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
    ...     {"id": "1", "title": "人才培训", "responsible": ["市人社局", "市财政局"],
    ...      "responsible_normalized": ["苏州市人社局", "苏州市财政局"]}]})])
    >>> co_responsibility(g)[0]["shared"], co_responsibility(g, min_shared=2)
    (1, [])
    """
    ix = index(g)
    rows = []
    for e in ix.by_type["CO_RESPONSIBLE"]:
        shared = int(e.get("weight") or 0)
        if shared < min_shared:
            continue
        measures = tuple(e.get("measures") or ())
        union = len(ix.measures_of[e.src] | ix.measures_of[e.dst])
        rows.append({
            "agency_a": ix.name(e.src), "agency_b": ix.name(e.dst), "key_a": e.src, "key_b": e.dst,
            "shared": shared, "jaccard": round(shared / union, 4) if union else 0.0,
            "measures": list(measures),
            "policies": sorted({ix.policy_of(g.nodes[m]) for m in measures if m in g.nodes}),
        })
    rows.sort(key=lambda r: (-r["shared"], -r["jaccard"], r["agency_a"], r["agency_b"]))
    return rows


def unassigned_measures(g: PolicyGraph) -> list[dict[str, Any]]:
    """Measures no agency is responsible for, in policy and reading order.

    Returns
    -------
    list of dict
        ``policy``, ``policy_title``, ``measure`` (key), ``measure_id``, ``title``.

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施",
    ...     "measures": [{"id": "三.(一)", "title": "加强组织领导"}]})])
    >>> unassigned_measures(g)[0]["measure_id"]
    '三.(一)'
    """
    ix = index(g)
    rows = []
    for m in g.by_label("Measure"):
        if ix.responsible.get(m.key):
            continue
        doc = ix.policy_of(m)
        rows.append({"policy": doc, "policy_title": ix.policy_title(doc), "measure": m.key,
                     "measure_id": m.get("measure_id"), "title": m.name, "_order": m.get("order") or 0})
    rows.sort(key=lambda r: (r["policy"], r["_order"]))
    for r in rows:
        del r["_order"]
    return rows
