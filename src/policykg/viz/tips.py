"""Tooltip content of nodes and edges, as plain data (never HTML).

A tip is ``{"head", "kind", "rows": [[name, value], ...], "evidence", "source"}``
of plain strings, plus ``doc_id`` and ``at`` (the evidence span) when the fact
has one; the page turns it into DOM text nodes (``textContent``), so whatever a
document says is shown, never interpreted.  A row that only repeats the
evidence is left out, and so are internal keys.

Examples
--------
>>> from policykg.graph.model import Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("funding:d|1|0", "Funding", "最高100万元", {"kind": "cap", "value_yuan": 1e6,
...            "evidence_sentence": "给予最高100万元奖励。", "evidence_doc": "d"}, "d"))
>>> tip = node_tip(g, g.nodes["funding:d|1|0"])
>>> tip["kind"], tip["evidence"], dict(tip["rows"])["金额 amount"]
('资金 Funding', '给予最高100万元奖励。', '100万元')
"""
from __future__ import annotations

import re
from typing import Any

from policykg.graph.keys import key_for
from policykg.graph.model import Edge, Node, PolicyGraph
from policykg.viz.style import EDGE_ZH, LABEL_ZH, edge_kind

__all__ = ["node_tip", "edge_tip", "format_yuan", "funding_label", "source_of"]

_TEXT_LIMIT = 400
_HIDDEN_PROPS = {"title_key", "sha256", "measure", "policy", "order", "currency", "text", "title",
                 "evidence_text", "evidence_sentence", "evidence_doc", "evidence_start", "evidence_end",
                 "measures", "method"}
_KIND = {"cap": "上限 cap", "fixed": "定额 fixed", "ratio": "比例 ratio", "total": "总额 total"}
_ROLE = {"lead": "牵头 lead", "co": "配合 co"}
#: identifiers the loaders number themselves (m1, m2 ... in replies): internal, not shown
_AUTO_ID = re.compile(r"^m\d+$")
#: a condition that qualifies the amount itself (总规模不低于10亿元), written before the value
_QUALIFIERS = ("不低于", "不少于", "不超过", "超过", "约")
_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "。": "."})


def format_yuan(value: float | None) -> str:
    """An amount in yuan the way Chinese documents write it.

    >>> format_yuan(1_000_000), format_yuan(150_000_000), format_yuan(2500), format_yuan(None)
    ('100万元', '1.5亿元', '2500元', '')
    """
    if value is None:
        return ""
    for unit, size in (("亿元", 1e8), ("万元", 1e4)):
        if abs(value) >= size:
            return f"{value / size:.4f}".rstrip("0").rstrip(".") + unit
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def funding_label(props: Any) -> str:
    """What one amount is, from its value and condition (``国家级 50万元``), not the shared text it came from.

    >>> funding_label({"kind": "fixed", "value_yuan": 5e5, "condition": "国家级", "text": "50、30万元"})
    '国家级 50万元'
    >>> funding_label({"kind": "cap", "value_yuan": 2e7}), funding_label({"kind": "ratio", "ratio": 0.5})
    ('最高2000万元', '50%')
    >>> funding_label({"kind": "total", "value_yuan": 1e9, "condition": "不低于"})
    '总额不低于10亿元'
    >>> funding_label({"kind": "cap", "text": "最高奖励"})
    '最高奖励'
    """
    get = props.get
    kind, cond = get("kind"), " ".join(str(get("condition") or "").split())
    if kind == "ratio" and get("ratio") is not None:
        amount = f"{float(get('ratio')) * 100:g}%"
    elif get("value_yuan") is not None:
        amount = format_yuan(float(get("value_yuan")))
    else:
        return " ".join(str(get("text") or "").split())
    if cond in _QUALIFIERS:
        amount, cond = cond + amount, ""
    amount = {"cap": "最高", "total": "总额"}.get(kind, "") + amount
    return f"{cond} {amount}" if cond else amount


def _same_text(a: str, b: str) -> bool:
    """Whether one text holds the other once spaces and full-/half-width punctuation are set aside."""
    a, b = ("".join(str(t).split()).translate(_PUNCT) for t in (a, b))
    return bool(a and b) and (a in b or b in a)


def _clip(text: Any, limit: int = _TEXT_LIMIT) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def source_of(g: PolicyGraph, doc_id: str | None) -> str:
    """``source file · 《policy title》`` of a document id, or ``""``."""
    if not doc_id:
        return ""
    doc = g.nodes.get(key_for("Document", doc_id))
    pol = g.nodes.get(key_for("Policy", doc_id))
    parts = [doc.name if doc and doc.name else doc_id]
    if pol and pol.name:
        parts.append(f"《{pol.name}》")
    return " · ".join(parts)


def _tip(head: str, kind: str, rows: list[list[str]], props: dict[str, Any], g: PolicyGraph,
         default_doc: str | None) -> dict[str, Any]:
    evidence = props.get("evidence_sentence") or props.get("evidence_text") or ""
    doc = props.get("evidence_doc") or default_doc
    same = _clip(evidence) if evidence else None  # a row that only repeats the evidence is left out
    tip = {"head": _clip(head, 200), "kind": kind,
           "rows": [[k, c] for k, v in rows if v not in (None, "") and (c := _clip(v)) != same],
           "evidence": _clip(evidence, 600), "source": source_of(g, doc) if (evidence or doc) else ""}
    start, end = props.get("evidence_start"), props.get("evidence_end")
    if doc and isinstance(start, int) and isinstance(end, int) and end > start:
        tip["doc_id"], tip["at"] = str(doc), [start, end]  # the span in the document page
    return tip


def node_tip(g: PolicyGraph, n: Node, stats: dict[str, Any] | None = None) -> dict[str, Any]:
    """The tooltip of a node; ``stats`` adds precomputed rows (e.g. an agency's workload)."""
    p = dict(n.props)
    rows: list[list[str]] = []
    if n.label == "Policy":
        rows += [["文号 number", p.get("doc_number")], ["日期 date", p.get("date")], ["类型 type", p.get("doc_type")],
                 ["地区 jurisdiction", p.get("jurisdiction")], ["有效期 validity", p.get("validity_text")]]
    elif n.label == "Measure":
        pol = g.nodes.get(key_for("Policy", p.get("policy") or ""))
        evidence = p.get("evidence_sentence") or p.get("evidence_text") or ""
        text = p.get("text")
        ident, path = p.get("measure_id"), p.get("path")
        rows += [["政策 policy", pol.name if pol else p.get("policy")],
                 ["编号 number", None if _AUTO_ID.match(str(ident or "")) else ident],
                 ["章节 section", None if path in (None, ident) or _AUTO_ID.match(str(path)) else path],
                 ["内容 text", None if text and _same_text(text, evidence) and len(evidence) >= len(text) else text]]
        if text and evidence and _same_text(text, evidence) and len(text) > len(evidence):
            p["evidence_sentence"] = text  # the measure's text holds its evidence: show it once, whole
    elif n.label == "Funding":
        rows += [["类型 kind", _KIND.get(p.get("kind"), p.get("kind"))], ["金额 amount", format_yuan(p.get("value_yuan"))],
                 ["比例 ratio", f"{p['ratio'] * 100:g}%" if p.get("ratio") is not None else None],
                 ["条件 condition", p.get("condition")], ["原文 text", p.get("text")]]
    elif n.label == "Agency":
        rows += [["集体单位 collective", "是 yes（不计入部门排名 not ranked）" if p.get("collective") else None]]
    else:
        rows += [[k, v if not isinstance(v, tuple) else ", ".join(map(str, v))]
                 for k, v in sorted(p.items()) if k not in _HIDDEN_PROPS]
    rows += [[k, v] for k, v in (stats or {}).items()]
    default_doc = None if n.graph in ("common", "derived") else n.graph
    kind = f"{LABEL_ZH.get(n.label, n.label)} {n.label}"
    head = funding_label(p) if n.label == "Funding" else n.name or n.key
    return _tip(head, kind, [[str(k), v] for k, v in rows], p, g, default_doc)


def edge_tip(g: PolicyGraph, e: Edge) -> dict[str, Any]:
    """The tooltip of an edge: its ends, role or score, and the sentence that states it."""
    p = dict(e.props)
    src, dst = g.nodes.get(e.src), g.nodes.get(e.dst)
    head = f"{src.name if src else e.src} → {dst.name if dst else e.dst}"
    rows: list[list[Any]] = []
    if e.type == "RESPONSIBLE_FOR":
        rows += [["角色 role", _ROLE.get(p.get("role"), p.get("role"))], ["原文写作 as written", p.get("as_written")]]
    elif e.type == "OVERLAPS":
        rows += [["相似度 score", p.get("score")], ["内容 content", p.get("content")],
                 ["部门 agencies", p.get("agencies")], ["共同词 shared words", p.get("shared_words")],
                 ["共同职能 shared functions", p.get("shared_functions")]]  # method: in the overlap view's subtitle
    elif e.type == "CO_RESPONSIBLE":
        names = [g.nodes[m].name for m in p.get("measures", ()) if m in g.nodes]
        more = f" …(+{len(names) - 6})" if len(names) > 6 else ""
        rows += [["共同措施 shared measures", p.get("weight")], ["措施 measures", "；".join(names[:6]) + more]]
    else:
        rows += [[k, v] for k, v in sorted(p.items()) if k not in _HIDDEN_PROPS and not k.startswith("evidence")]
    kind = f"{EDGE_ZH.get(edge_kind(e.type, p), e.type)} · {e.type}"
    default_doc = None if e.graph in ("common", "derived") else e.graph
    return _tip(head, kind, [[str(k), v] for k, v in rows], p, g, default_doc)
