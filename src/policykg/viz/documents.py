"""One page per policy document: its text, every evidence span highlighted and anchored.

Every fact the views show (a measure, a responsibility, an amount, a mention...)
carries the character span of the text that states it; the document page marks
each span with ``<mark id="ev-START-END">`` (its class, one letter, the kind: :data:`KIND_CLASS`), so a view links a fact to
``documents/<stem>.html#ev-START-END`` and the browser scrolls to it and
outlines it (CSS ``:target``).  Spans nest (a measure holds its amounts); a
span that crosses the end of the one holding it is cut there, its anchor kept.

The page runs no script (its Content-Security-Policy allows none) and every
text is escaped.  When the document's text is not at hand (a graph built in
memory keeps only the extracted facts), the page lists the facts with the
sentences that state them, under the same anchors.

Examples
--------
>>> str(marked_text("由市工信局牵头，给予最高100万元。", [(1, 7, "lead", "牵头", ""), (10, 17, "funding", "最高100万元", "")]))
'由<mark id="ev-1-7" class="l" title="牵头">市工信局牵头</mark>，给予<mark id="ev-10-17" class="f" \
title="最高100万元">最高100万元</mark>。'
>>> span_id(3, 9)
'ev-3-9'
"""
from __future__ import annotations

import json
import logging
import os
from collections import defaultdict
from typing import Any, Callable, Iterable

from markupsafe import Markup, escape

from policykg.graph.model import PolicyGraph
from policykg.viz.style import EDGE_ZH, LABEL_ZH, edge_kind
from policykg.viz.tips import funding_label, source_of

__all__ = ["span_id", "marked_text", "document_spans", "render_document", "texts_from_store", "Span", "KINDS", "KIND_CLASS"]

log = logging.getLogger(__name__)

#: (start, end, kind, what the span states, the sentence holding it)
Span = tuple[int, int, str, str, str]
#: highlight kinds, in the legend's order: kind -> what the legend says
KINDS: dict[str, str] = {
    "measure": "措施 measure", "lead": "牵头单位 lead", "co": "配合单位 co", "funding": "资金 funding",
    "mention": "企业/平台/项目 mentions", "other": "其他 other facts",
}
_NODE_KIND = {"Measure": "measure", "Funding": "funding"}
_EDGE_KIND = {"RESPONSIBLE_FOR:lead": "lead", "RESPONSIBLE_FOR:co": "co", "MENTIONS": "mention"}
_PRIORITY = {k: i for i, k in enumerate(("lead", "co", "funding", "mention", "other", "measure"))}
#: the class of a kind's highlight (one letter: a page holds hundreds of them)
KIND_CLASS = {"measure": "m", "lead": "l", "co": "c", "funding": "f", "mention": "e", "other": "o"}


def span_id(start: int, end: int) -> str:
    """The anchor of a span in its document page (``#ev-START-END``)."""
    return f"ev-{int(start)}-{int(end)}"


def _span(props: Any) -> tuple[str, int, int] | None:
    doc, start, end = (props.get(k) for k in ("evidence_doc", "evidence_start", "evidence_end"))
    if doc is None or not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return None
    return str(doc), start, end


def _sentence(props: Any) -> str:
    return " ".join(str(props.get("evidence_sentence") or props.get("evidence_text") or "").split())


def document_spans(g: PolicyGraph) -> dict[str, list[Span]]:
    """Per document id, the spans of every fact of the graph stated in it, sorted."""
    out: dict[str, list[Span]] = defaultdict(list)
    for n in g.nodes.values():
        at = _span(n)
        if at is not None:
            what = funding_label(n) if n.label == "Funding" else n.name
            out[at[0]].append((at[1], at[2], _NODE_KIND.get(n.label, "other"),
                               f"{LABEL_ZH.get(n.label, n.label)} {n.label}: {what}", _sentence(n)))
    for e in g.edges.values():
        at = _span(e)
        if at is not None:
            kind = edge_kind(e.type, e.properties) if e.type == "RESPONSIBLE_FOR" else e.type
            end = g.nodes.get(e.src if e.type == "RESPONSIBLE_FOR" else e.dst)  # the agency, the entity named
            out[at[0]].append((at[1], at[2], _EDGE_KIND.get(kind, "other"),
                               f"{EDGE_ZH.get(kind, e.type)}: {end.name if end else ''}", _sentence(e)))
    return {d: sorted(set(spans)) for d, spans in out.items()}


def _merged(spans: Iterable[Span], length: int) -> list[Span]:
    """One entry per (start, end) inside the text: the most specific kind, every statement."""
    by_at: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for start, end, kind, what, sentence in spans:
        if 0 <= start < end <= length:
            by_at[(start, end)].append((kind, what, sentence))
    out = []
    for (start, end), facts in by_at.items():
        kind = min((k for k, _, _ in facts), key=lambda k: _PRIORITY.get(k, 99))
        out.append((start, end, kind, "\n".join(dict.fromkeys(w for _, w, _ in facts)), facts[0][2]))
    return sorted(out, key=lambda s: (s[0], -s[1]))


def marked_text(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` escaped, each span a ``<mark>`` with its anchor, nested; see the module docstring."""
    parts: list[str] = []
    pos = 0
    open_ends: list[int] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            parts.append(str(escape(text[pos:end])) + "</mark>")
            pos = end

    for start, end, kind, what, _sentence_ in _merged(spans, len(text)):
        close_until(start)
        if open_ends:
            end_shown = min(end, open_ends[-1])  # crossing the end of the span that holds it: cut there
        else:
            end_shown = end
        parts.append(str(escape(text[pos:start])))
        pos = start
        title = "" if kind == "measure" else f' title="{escape(what)}"'  # a measure's span is its own text
        parts.append(f'<mark id="{span_id(start, end)}" class="{KIND_CLASS.get(kind, "o")}"{title}>')
        open_ends.append(end_shown)
    close_until(len(text))
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def render_document(g: PolicyGraph, policy_key: str, text: str, spans: list[Span], *, index_href: str,
                    view_href: str, style_href: str) -> str:
    """The page of one policy's document (paths relative to the page)."""
    from policykg.viz.assets import csp
    from policykg.viz.render import environment

    p = g.nodes[policy_key]
    doc_id = str(p.get("doc_id") or p.graph)
    facts = [{"id": span_id(s, e), "kind": KIND_CLASS.get(k, "o"), "kind_name": KINDS.get(k, k), "what": w,
              "sentence": sent}
             for s, e, k, w, sent in _merged(spans, 1 << 62)]
    counts = {c: sum(1 for f in facts if f["kind"] == c) for c in KIND_CLASS.values()}
    html = environment().get_template("document.html").render(
        title=p.name, source=source_of(g, doc_id), number=p.get("doc_number"), date=p.get("date"),
        csp=csp(False), style_href=style_href, index_href=index_href, view_href=view_href,
        text=marked_text(text, spans) if text else None, facts=facts,
        legend=[(KIND_CLASS[k], v, counts[KIND_CLASS[k]]) for k, v in KINDS.items() if counts[KIND_CLASS[k]]],
    )
    log.debug("rendered the document page of %s: %d bytes", doc_id, len(html))
    return html


def texts_from_store(store: str | os.PathLike[str]) -> Callable[[str], str | None]:
    """A document id -> its text, read from the documents a store saved (``None`` when it has none)."""
    from policykg.stores.directory import documents_dir

    folder = documents_dir(store)

    def text(doc_id: str) -> str | None:
        path = folder / f"{doc_id}.json"
        try:
            return str(json.loads(path.read_text("utf-8")).get("text") or "") or None
        except (OSError, ValueError, AttributeError):
            log.warning("no text for %s in %s", doc_id, folder)
            return None

    return text
