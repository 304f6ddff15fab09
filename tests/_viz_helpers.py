"""Shared by the viz tests: a hostile graph, independent expected counts, page parsing, PNG checks."""
from __future__ import annotations

import json
import re
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

from policykg.graph.derivations import derive
from policykg.graph.keys import key_for
from policykg.graph.model import Edge, Node, PolicyGraph

#: every string here must show up as text and never run
PAYLOADS = [
    "<script>window.__pwned=1;document.title='pwned'</script>",
    "<img src=x onerror=\"window.__pwned=2;document.title='pwned'\">",
    "javascript:window.__pwned=3",
    "\"'><svg onload=window.__pwned=4>",
    "</script><script>window.__pwned=5</script>",
    "<!--<script>window.__pwned=6</script>-->",
    "{{7*7}}${7*7}<b onmouseover=window.__pwned=7>x</b>\u2028\u2029",
]
XSS_DOC = "x\"><script>window.__pwned=8</script>"
#: the text of XSS_DOC (the other hostile document has none: its page lists the facts instead)
HOSTILE_TEXT = "".join(PAYLOADS) * 3


def hostile_texts(doc_id: str) -> str | None:
    """The ``texts`` of :func:`policykg.viz.write_views` for :func:`hostile_graph`."""
    return HOSTILE_TEXT if doc_id == XSS_DOC else None


def _at(j: int, start: int, end: int) -> dict:
    return {"evidence_start": 40 * j + start, "evidence_end": 40 * j + end}


def hostile_graph() -> PolicyGraph:
    """A policy whose every text is an injection attempt, with evidence, funding and a second policy."""
    g = PolicyGraph()
    docs = [XSS_DOC, "plain-doc"]
    for i, doc in enumerate(docs):
        p = key_for("Policy", doc)
        g.add_node(Node(p, "Policy", PAYLOADS[i % len(PAYLOADS)] + "关于支持区块链发展的若干措施",
                        {"doc_id": doc, "doc_number": PAYLOADS[3], "title_key": "t"}, doc))
        d = key_for("Document", doc)
        g.add_node(Node(d, "Document", PAYLOADS[4] + ".txt", {"doc_id": doc, "source": PAYLOADS[4]}, doc))
        g.add_edge(Edge(p, "DERIVED_FROM", d, {}, doc))
        for j, payload in enumerate(PAYLOADS):
            m = key_for("Measure", doc, str(j))
            g.add_node(Node(m, "Measure", payload + "加强人才引育", {
                "policy": doc, "measure_id": str(j), "order": j, "text": payload * 2 + "人才培训",
                "evidence_sentence": payload, "evidence_doc": doc, **_at(j, 0, 30)}, doc))
            g.add_edge(Edge(p, "HAS_MEASURE", m, {"order": j}, doc))
            a = key_for("Agency", payload)
            g.add_node(Node(a, "Agency", payload, {}), used_by=doc)
            g.add_edge(Edge(a, "RESPONSIBLE_FOR", m, {"role": "lead" if j % 2 else "co", "as_written": payload,
                                                       "evidence_sentence": payload + "牵头负责", "evidence_doc": doc,
                                                       **_at(j, 2, 12)}, doc))
            b = key_for("Agency", "深圳市财政局")
            g.add_node(Node(b, "Agency", "深圳市财政局", {}), used_by=doc)
            g.add_edge(Edge(b, "RESPONSIBLE_FOR", m, {"role": "co", "evidence_sentence": "配合", "evidence_doc": doc}, doc))
            f = key_for("Funding", doc, str(j), "0")
            g.add_node(Node(f, "Funding", payload, {"kind": "cap", "value_yuan": 1e6, "text": payload,
                                                    "condition": payload, "measure": m,
                                                    "evidence_sentence": payload, "evidence_doc": doc,
                                                    **_at(j, 5, 35)}, doc))  # crosses the measure's end
            g.add_edge(Edge(m, "HAS_FUNDING", f, {}, doc))
    derive(g)
    g.add_edge(Edge(key_for("Measure", docs[0], "0"), "OVERLAPS", key_for("Measure", docs[1], "1"),
                    {"score": 0.9, "shared_words": PAYLOADS[1], "method": PAYLOADS[0]}, "derived"))
    return g


# ---- what each view must show, computed from the model's own API (not the viz code) ---------------
def expected_policy(g: PolicyGraph, p: str) -> tuple[int, int]:
    nodes, edges = {p}, set()
    for e in g.out_edges(p, "ISSUED_BY"):
        nodes.add(e.dst); edges.add(e.key)
    for hm in g.out_edges(p, "HAS_MEASURE"):  # who is responsible is the table beside the graph
        nodes.add(hm.dst); edges.add(hm.key)
        for e in g.out_edges(hm.dst, "HAS_FUNDING"):
            nodes.update((e.src, e.dst)); edges.add(e.key)
    return len(nodes), len(edges)


def expected_agency(g: PolicyGraph, a: str) -> tuple[int, int]:
    nodes, edges = {a}, set()
    for r in g.out_edges(a, "RESPONSIBLE_FOR"):
        nodes.add(r.dst); edges.add(r.key)
        for hm in g.in_edges(r.dst, "HAS_MEASURE"):
            nodes.add(hm.src); edges.add(hm.key)
    for e in g.in_edges(a, "ISSUED_BY"):
        nodes.add(e.src); edges.add(e.key)
    return len(nodes), len(edges)


def expected_overlap(g: PolicyGraph) -> tuple[int, int]:
    nodes, edges = set(), set()
    for e in g.edges.values():
        if e.type in ("CO_RESPONSIBLE", "OVERLAPS"):
            nodes.update((e.src, e.dst)); edges.add(e.key)
    for e in g.edges.values():
        if e.type == "HAS_MEASURE" and any(o.type == "OVERLAPS" and e.dst in (o.src, o.dst) for o in g.edges.values()):
            nodes.add(e.src); edges.add(e.key)
    return len(nodes), len(edges)


def expected_counts(g: PolicyGraph, data: dict) -> tuple[int, int]:
    """Nodes and edges a page with payload ``data`` must draw."""
    if data["kind"] == "overview":
        return len(g.nodes), len(g.edges)
    if data["kind"] == "overlap":
        return expected_overlap(g)
    return (expected_policy if data["kind"] == "policy" else expected_agency)(g, data["focus"])


# ---- page parsing ---------------------------------------------------------------------------------
class Page(HTMLParser):
    """Tags, attributes, scripts and the CSP of one page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buf = dict(attrs), []

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None

    @property
    def csp(self) -> str:
        return next(a.get("content") or "" for t, a in self.tags
                    if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy")

    @property
    def data(self) -> dict:
        return json.loads(next(body for a, body in self.scripts if a.get("id") == "pk-data"))


def view_pages(out: Path) -> list[Path]:
    """The pages that draw a graph (not the index, not the document pages)."""
    return sorted(p for p in out.rglob("*.html") if p.name != "index.html" and p.parent.name != "documents")


# ---- screenshots ------------------------------------------------------------------------------------
def png_colours(path: Path, step: int = 3) -> int:
    """Distinct colours of an 8-bit RGB/RGBA PNG (every ``step``-th pixel of every ``step``-th row).

    A tiny decoder on ``zlib`` alone, so the check needs no imaging library.
    """
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(raw):
        n, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        chunk = raw[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    data = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colours = set()
    for y in range(height):
        f = data[y * (stride + 1)]
        line = bytearray(data[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % step == 0:
            colours.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp * step))
        prev = line
    return len(colours)


URL_PATTERNS = re.compile(r"https?://|//cdn|src=[\"']?//|href=[\"']?//|url\(\s*[\"']?//|@import",
                          re.IGNORECASE)
