"""What the Neo4j Browser shows of the projection: node captions (wrapped to fit a circle) and aliases.

Every node gets a ``caption`` (:func:`node_caption`) when it is loaded; what depends on other
documents' facts (an agency's aliases, a Document's caption) is set by :func:`display_statements`
after every load and removal, or computed from a whole graph by :func:`display_props` for the
offline exports.  This module does not import the driver.

Examples
--------
>>> node_caption("Agency", {"name": "苏州市工业和信息化局"})
'苏州市 工业和 信息化局'
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from policykg.graph.model import PolicyGraph

__all__ = ["funding_caption", "caption_text", "node_caption", "display_statements", "display_props"]

def _yuan(value: float) -> str:
    for unit, size in (("亿元", 1e8), ("万元", 1e4)):
        if abs(value) >= size:
            return f"{value / size:.4f}".rstrip("0").rstrip(".") + unit
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def funding_caption(props: dict[str, Any]) -> str | None:
    """What a Funding node shows in the Neo4j Browser: its one amount and its condition.

    The node's name is the text the amount was read from, which may hold several tiers
    (``50、30万元``); the caption says which one this node is.

    >>> funding_caption({"kind": "cap", "value_yuan": 5e6, "condition": "单次"})
    '最高500万元 · 单次'
    >>> funding_caption({"kind": "fixed", "value_yuan": 3e5, "condition": "省级"}), funding_caption({"kind": "ratio", "ratio": 0.5})
    ('30万元 · 省级', '比例50%')
    >>> funding_caption({"kind": "total", "value_yuan": 1.5e8}), funding_caption({"kind": "cap"})
    ('总额1.5亿元', None)
    """
    kind, value, ratio = props.get("kind"), props.get("value_yuan"), props.get("ratio")
    if kind == "ratio" and ratio is not None:
        amount = "比例" + f"{ratio * 100:.2f}".rstrip("0").rstrip(".") + "%"
    elif value is not None:
        amount = {"cap": "最高", "total": "总额"}.get(kind or "", "") + _yuan(float(value))
    else:
        return None
    condition = props.get("condition")
    return f"{amount} · {condition}" if condition else amount


_BREAK_AFTER = frozenset("市区县省局委会厅部办和的与及、，,）)》")
#: kept whole: Latin words and numbers, and words a break character would cut (区块链 is no district)
_CAPTION_TOKEN = re.compile(r"区块链|[A-Za-z0-9][A-Za-z0-9.~%/-]*|.")


def caption_text(text: str | None, width: int = 4) -> str | None:
    """``text`` with a space between short groups of characters, so the Browser can wrap it in its circle.

    The Browser breaks a caption at spaces only and cuts a longer word with an ellipsis: a Chinese
    name, which has none, showed as its first five characters.  Groups end after a place or body
    character (市, 局, 委, 和 …) or after ``width`` characters; a text with spaces is left as it is.

    >>> caption_text("苏州市工业和信息化局"), caption_text("加快核心技术突破"), caption_text("最高500万元 · 单次")
    ('苏州市 工业和 信息化局', '加快核心 技术突破', '最高500万元 · 单次')
    >>> caption_text("加强区块链人才引育")
    '加强 区块链 人才引育'

    """
    if not text or " " in text:
        return text
    groups: list[str] = []
    run = ""
    for token in _CAPTION_TOKEN.findall(text):
        if not run and groups and token in "、，,）)》":
            groups[-1] += token
            continue
        if len(token) > 1 and run and len(run) + len(token) > width and run[-1] not in "([（《":
            groups.append(run)
            run = ""
        run += token
        if len(run) >= width or (len(run) >= 2 and token[-1] in _BREAK_AFTER) or (len(token) > 1 and
                                                                                  not token.isascii()):
            groups.append(run)
            run = ""
    if run:
        if groups and len(run) == 1:
            groups[-1] += run
        else:
            groups.append(run)
    return " ".join(groups)


def node_caption(label: str, props: dict[str, Any]) -> str | None:
    """What a node shows in the Browser (``caption``): an amount's value and condition, a policy's or a
    measure's title, else its name; wrapped by :func:`caption_text`.  A Document's is set after loading,
    to its policy's (:func:`display_statements`)."""
    if label == "Funding":
        text = funding_caption(props) or props.get("name")
    elif label in ("Policy", "Measure", "Citation"):
        text = props.get("title") or props.get("name")
    elif label == "Document":
        text = props.get("doc_id") or props.get("name")
    else:
        text = props.get("name")
    return caption_text(str(text)) if text not in (None, "") else None


def display_statements() -> list[str]:
    """Statements setting what the Browser shows and searches, run after every load and removal.

    * ``Agency.aliases``: the names the documents write the agency by (市工信局 for
      苏州市工业和信息化局), the ``as_written`` of its RESPONSIBLE_FOR relationships other than its
      name, sorted; absent when there is none.  The full-text index ``policykg_names`` covers them.
    * ``Document.caption``: the caption of the policy read from it, its title (the node's name is a file path).

    Both depend on other documents' facts (a shared agency), so they are recomputed over the
    database rather than loaded with a document.
    """
    return [
        "MATCH (a:Agency) WITH a, COLLECT { MATCH (a)-[r:RESPONSIBLE_FOR]->() "
        "WHERE r.as_written IS NOT NULL AND r.as_written <> a.name "
        "RETURN DISTINCT r.as_written AS w ORDER BY w } AS names "
        "SET a.aliases = CASE WHEN size(names) = 0 THEN null ELSE names END",
        "MATCH (d:Document) OPTIONAL MATCH (p:Policy)-[:DERIVED_FROM]->(d) WITH d, min(p.caption) AS title "
        "WHERE title IS NOT NULL SET d.caption = title",
    ]


def display_props(graph: PolicyGraph) -> dict[str, dict[str, Any]]:
    """What :func:`display_statements` sets, computed from a whole graph: node key -> properties.

    For exports of a whole graph (the ``neo4j-admin`` CSVs), which no statement runs after.
    """
    written: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, list[str]] = defaultdict(list)
    for e in graph.edges.values():  # one pass: the graph has no index of edges by node
        if e.type == "RESPONSIBLE_FOR" and e.get("as_written") not in (None, graph.nodes[e.src].name):
            written[e.src].add(e.get("as_written"))
        elif e.type == "DERIVED_FROM":
            src = graph.nodes[e.src]
            caption = node_caption(src.label, {"name": src.name, **dict(src.props)})
            if caption:
                titles[e.dst].append(caption)
    out: dict[str, dict[str, Any]] = {k: {"aliases": sorted(names)} for k, names in written.items()}
    for key, captions in titles.items():
        out[key] = {"caption": min(captions)}
    return out
