"""A policy's measures x agencies as a table: who leads (牵头) and who co-handles (配合) each measure.

Drawn beside a policy's graph instead of dozens of crossing responsibility
lines.  Rows are the measures in the document's order, columns the agencies
(most measures first); a cell links to the sentence that assigns the agency
in the document page, a column head to the agency's page.

Examples
--------
>>> from policykg.graph.model import Edge, Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("policy:p", "Policy", "若干措施", {"doc_id": "p"}, "p"))
>>> for i in (1, 2):
...     g.add_node(Node(f"measure:p|{i}", "Measure", f"措施{i}", {"policy": "p", "order": i}, "p"))
...     g.add_edge(Edge("policy:p", "HAS_MEASURE", f"measure:p|{i}", {}, "p"))
>>> g.add_node(Node("agency:a", "Agency", "市财政局"))
>>> g.add_edge(Edge("agency:a", "RESPONSIBLE_FOR", "measure:p|1", {"role": "lead"}, "p"))
>>> m = responsibility_table(g, "policy:p")
>>> [a["name"] for a in m["agencies"]], [[c and c["role"] for c in r["cells"]] for r in m["rows"]]
(['市财政局'], [['lead'], [None]])
>>> m["no_lead"]
1
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from policykg.graph.model import PolicyGraph
from policykg.viz.documents import span_id
from policykg.viz.views import GraphIndex

__all__ = ["responsibility_table", "ROLE_MARK"]

#: what a cell shows for each role
ROLE_MARK = {"lead": "牵", "co": "配"}


def _at(props: Any, doc_href: str | None) -> str | None:
    start, end = props.get("evidence_start"), props.get("evidence_end")
    if doc_href and isinstance(start, int) and isinstance(end, int) and end > start:
        return f"{doc_href}#{span_id(start, end)}"
    return None


def responsibility_table(g: PolicyGraph, policy_key: str, *, index: GraphIndex | None = None,
                         doc_href: str | None = None,
                         page_href: Callable[[str], str | None] = lambda key: None) -> dict[str, Any]:
    """The table of one policy: ``agencies`` (columns), ``rows`` (one per measure, a cell per agency),
    ``no_lead`` (measures whose text names no lead unit).

    ``doc_href`` is the policy's document page and ``page_href`` an agency key -> its page, both
    relative to the page the table goes on.
    """
    ix = index if index is not None and index.g is g else GraphIndex(g)
    measures = sorted((e.dst for e in ix.out_edges(policy_key, "HAS_MEASURE")),
                      key=lambda k: (g.nodes[k].get("order") or 0, k))
    by_measure = {m: ix.in_edges(m, "RESPONSIBLE_FOR") for m in measures}
    count: Counter[str] = Counter(e.src for es in by_measure.values() for e in es)
    lead: Counter[str] = Counter(e.src for es in by_measure.values() for e in es if e.get("role") == "lead")
    agencies = sorted(count, key=lambda a: (-lead[a], -count[a], g.nodes[a].name))
    column = {a: i for i, a in enumerate(agencies)}
    rows = []
    for m in measures:
        cells: list[dict[str, Any] | None] = [None] * len(agencies)
        for e in by_measure[m]:
            role = "lead" if e.get("role") == "lead" else "co"
            old = cells[column[e.src]]
            if old is None or role == "lead":
                cells[column[e.src]] = {"role": role, "mark": ROLE_MARK[role], "href": _at(e, doc_href)}
        node = g.nodes[m]
        rows.append({"name": node.name, "href": _at(node, doc_href), "cells": cells,
                     "lead": any(c and c["role"] == "lead" for c in cells)})
    return {"agencies": [{"name": g.nodes[a].name, "href": page_href(a), "lead": lead[a], "total": count[a]}
                         for a in agencies],
            "rows": rows, "no_lead": sum(1 for r in rows if not r["lead"])}
