"""Funding: every amount with its measure, and sums by policy, agency, jurisdiction or kind.

Amount kinds (:data:`policykg.schema.AMOUNT_KINDS`): ``cap`` (最高…, an upper
limit), ``fixed`` (a set award), ``total`` (the size of a fund or budget)
and ``ratio`` (a share of a cost, 0..1). Sums add amounts as the texts state
them: tiers of one award (50、30万元) add up, so read ``*_sum_yuan`` as "money
named", and ``*_max_yuan`` as the largest single amount.

Examples
--------
>>> from policykg.graph import build_graph
>>> from policykg.schema import PolicyDocument
>>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "jurisdiction": "苏州市",
...     "measures": [{"id": "1", "title": "示范奖励", "responsible": ["市工信局"], "responsible_normalized": ["苏州市工信局"],
...                   "amounts": [{"text": "最高100万元", "kind": "cap", "value_yuan": 1000000},
...                               {"text": "50%", "kind": "ratio", "ratio": 0.5}]}]})])
>>> row = funding_summary(g, by="policy")[0]
>>> row["cap_count"], row["cap_max_yuan"], row["ratio_max"]
(1, 1000000.0, 0.5)
>>> [r["agency"] for r in funding_summary(g, by="agency")]
['苏州市工信局']
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from policykg.analytics._index import index
from policykg.graph.keys import key_for
from policykg.graph.model import PolicyGraph

__all__ = ["funding_items", "funding_summary", "FUNDING_GROUPS"]

FUNDING_GROUPS = ("policy", "agency", "jurisdiction", "kind")
_MONEY_KINDS = ("cap", "fixed", "total")


def funding_items(g: PolicyGraph) -> list[dict[str, Any]]:
    """Every funding amount with its policy, measure and responsible agencies, in reading order.

    Returns
    -------
    list of dict
        ``policy``, ``policy_title``, ``jurisdiction``, ``measure`` (key),
        ``measure_id``, ``measure_title``, ``kind``, ``value_yuan``, ``ratio``,
        ``condition``, ``text`` and ``agencies`` (names).

    Examples
    --------
    >>> from policykg.graph import build_graph
    >>> from policykg.schema import PolicyDocument
    >>> g = build_graph([PolicyDocument.from_dict({"doc_id": "p", "title": "若干措施", "measures": [
    ...     {"id": "1", "title": "奖励", "amounts": [{"text": "给予50万元奖励", "kind": "fixed", "value_yuan": 500000}]}]})])
    >>> [(r["measure_id"], r["kind"], r["value_yuan"]) for r in funding_items(g)]
    [('1', 'fixed', 500000.0)]
    """
    ix = index(g)
    rows = []
    for f in g.by_label("Funding"):
        mkey = ix.measure_of_funding.get(f.key) or f.get("measure")
        m = g.nodes.get(mkey) if mkey else None
        doc = ix.policy_of(m) if m is not None else f.graph
        jkey = ix.jurisdiction_of.get(key_for("Policy", doc))
        value = f.get("value_yuan")
        rows.append({
            "policy": doc, "policy_title": ix.policy_title(doc),
            "jurisdiction": ix.name(jkey) if jkey else None,
            "measure": mkey, "measure_id": m.get("measure_id") if m is not None else None,
            "measure_title": m.name if m is not None else None,
            "kind": f.get("kind"), "value_yuan": float(value) if value is not None else None,
            "ratio": f.get("ratio"), "condition": f.get("condition"), "text": f.get("text") or f.name,
            "agencies": sorted(ix.name(a) for a, _ in ix.responsible.get(mkey, ())) if mkey else [],
            "_order": (doc, m.get("order") if m is not None else 0, f.key),
        })
    rows.sort(key=lambda r: r["_order"])
    for r in rows:
        del r["_order"]
    return rows


def _empty() -> dict[str, Any]:
    row: dict[str, Any] = {"items": 0, "measures": set()}
    for kind in _MONEY_KINDS:
        row.update({f"{kind}_count": 0, f"{kind}_sum_yuan": 0.0, f"{kind}_max_yuan": None})
    row.update({"ratio_count": 0, "ratio_min": None, "ratio_max": None})
    return row


def _add(row: dict[str, Any], item: dict[str, Any]) -> None:
    row["items"] += 1
    if item["measure"]:
        row["measures"].add(item["measure"])
    kind = item["kind"]
    if kind in _MONEY_KINDS and item["value_yuan"] is not None:
        v = item["value_yuan"]
        row[f"{kind}_count"] += 1
        row[f"{kind}_sum_yuan"] += v
        row[f"{kind}_max_yuan"] = v if row[f"{kind}_max_yuan"] is None else max(row[f"{kind}_max_yuan"], v)
    elif kind == "ratio" and item["ratio"] is not None:
        r = float(item["ratio"])
        row["ratio_count"] += 1
        row["ratio_min"] = r if row["ratio_min"] is None else min(row["ratio_min"], r)
        row["ratio_max"] = r if row["ratio_max"] is None else max(row["ratio_max"], r)


def funding_summary(g: PolicyGraph, by: str = "policy") -> list[dict[str, Any]]:
    """Funding amounts summed by policy, agency, jurisdiction or kind.

    Parameters
    ----------
    g : PolicyGraph
        A built graph.
    by : {"policy", "agency", "jurisdiction", "kind"}
        The grouping. By agency, an amount counts for every agency
        responsible for its measure (and for ``agency=None`` when none is).

    Returns
    -------
    list of dict
        The group (``policy`` and ``policy_title``; ``agency``;
        ``jurisdiction``; or ``kind``), then ``items``, ``measures`` (with
        funding), and for each of ``cap``, ``fixed`` and ``total``:
        ``<kind>_count``, ``<kind>_sum_yuan``, ``<kind>_max_yuan``; and
        ``ratio_count``, ``ratio_min``, ``ratio_max``. Sorted by the largest
        cap, then the number of items, descending.

    Raises
    ------
    ValueError
        For an unknown grouping.

    Examples
    --------
    >>> from policykg.graph.model import PolicyGraph
    >>> funding_summary(PolicyGraph(), by="kind")
    []
    """
    if by not in FUNDING_GROUPS:
        raise ValueError(f"unknown grouping {by!r}: use one of {', '.join(FUNDING_GROUPS)}")
    groups: dict[Any, dict[str, Any]] = defaultdict(_empty)
    titles: dict[str, str] = {}
    for item in funding_items(g):
        if by == "policy":
            keys = [item["policy"]]
            titles[item["policy"]] = item["policy_title"]
        elif by == "agency":
            keys = item["agencies"] or [None]
        elif by == "jurisdiction":
            keys = [item["jurisdiction"]]
        else:
            keys = [item["kind"]]
        for k in keys:
            _add(groups[k], item)
    rows = []
    for k, acc in groups.items():
        head: dict[str, Any] = {by: k}
        if by == "policy":
            head["policy_title"] = titles.get(k, k)
        acc["measures"] = len(acc["measures"])
        rows.append({**head, **acc})
    rows.sort(key=lambda r: (-(r["cap_max_yuan"] or 0.0), -r["items"], str(r[by])))
    return rows
