"""Building the :class:`~policykg.graph.model.PolicyGraph` from extracted documents.

This is the only place that turns :class:`~policykg.schema.models.PolicyDocument`
objects into nodes and edges; every projection reads the result.

Examples
--------
>>> from policykg.loaders import parse_document
>>> doc = parse_document("关于支持区块链发展的若干措施\\n一、加强组织领导。由市工业和信息化局牵头。", source="x.txt")
>>> g = build_graph([doc])
>>> g.counts()["nodes"]["Policy"]
1
"""
from __future__ import annotations

import logging
import re
from typing import Iterable, Mapping, Sequence

from policykg.graph.keys import key_for
from policykg.graph.model import COMMON, DERIVED, LINK_EDGES, Edge, Node, PolicyGraph
from policykg.graph.overlap import agency_function
from policykg.schema.collectives import is_collective
from policykg.schema.jurisdictions import level_of, parents_of
from policykg.schema.models import Evidence, PolicyDocument

__all__ = ["build_graph", "add_document", "merge_document", "remove_document", "finalize"]

log = logging.getLogger(__name__)

_TITLE_PUNCT = re.compile(r"[\s《》“”\"'()（）]")
_ISSUED = re.compile(r"关于(?:印发|公布|发布)(.+)的(?:通知|决定)$")


def _ev(ev: Evidence | None) -> dict:
    if ev is None:
        return {}
    return {"evidence_doc": ev.doc_id, "evidence_start": ev.start, "evidence_end": ev.end,
            "evidence_text": ev.text, "evidence_sentence": ev.sentence}


def title_key(title: str) -> str:
    """A title folded for matching citations to policies (spaces, quotes, brackets dropped).

    >>> title_key("《关于推动区块链健康有序发展有关工作的通知》")
    '关于推动区块链健康有序发展有关工作的通知'
    """
    return _TITLE_PUNCT.sub("", title)


def _jurisdictions(g: PolicyGraph, doc: PolicyDocument) -> str | None:
    j = doc.jurisdiction
    if not j.name:
        return None
    # the document's own parents, else the seed gazetteer's (福田区 -> 广东省, 深圳市)
    chain = list(j.parents or parents_of(j.name)) + [j.name]
    levels = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3}
    parent_key = None
    for depth, name in enumerate(chain):
        key = key_for("Jurisdiction", name)
        level = j.level if name == j.name and j.level != "unknown" else level_of(name) or _guess_level(name, depth)
        g.add_node(Node(key, "Jurisdiction", name, {"level": level, "rank": levels.get(level)}, COMMON),
                   used_by=doc.doc_id)
        if parent_key:
            g.add_edge(Edge(key, "PART_OF", parent_key, {}, COMMON))
        parent_key = key
    return key_for("Jurisdiction", j.name)


def _guess_level(name: str, depth: int) -> str:
    if name.endswith("省") or name.endswith("自治区"):
        return "province"
    if name.endswith("市"):
        return "city"
    if name.endswith("区"):
        return "district"
    if name.endswith("县"):
        return "county"
    return "national" if depth == 0 and name in ("中国", "中华人民共和国", "全国") else "unknown"


def _agency_jurisdiction(g: PolicyGraph, name: str, jurisdictions: list[Node] | None = None) -> str | None:
    """The most specific jurisdiction named in an agency's name (深圳市福田区… -> 福田区)."""
    best, best_rank = None, (-1, -1)
    for node in g.by_label("Jurisdiction") if jurisdictions is None else jurisdictions:
        if node.name and node.name in name:
            rank = (len(node.name), node.get("rank") if node.get("rank") is not None else -1)
            if best is None or rank > best_rank:
                best, best_rank = node, rank
    return best.key if best else None


def add_document(g: PolicyGraph, doc: PolicyDocument) -> None:
    """Add one document's facts in its own named graph (replacing an earlier version)."""
    if doc.doc_id in g.documents:
        g.remove_graph(doc.doc_id)
    d = doc.doc_id
    g.documents[d] = doc
    pkey = key_for("Policy", d)
    jkey = _jurisdictions(g, doc)
    # the first and last day in force as dates (a plan's 2021-2023 is 2021-01-01 .. 2023-12-31)
    valid_from, valid_to = doc.validity.bounds() if doc.validity else (None, None)
    provisional = next((s.kind for s in doc.lifecycle if s.kind in ("trial", "interim")), None)
    props = {
        "title": doc.title, "doc_type": doc.doc_type, "doc_number": doc.doc_number, "date": doc.date,
        "jurisdiction": doc.jurisdiction.name or None, "jurisdiction_level": doc.jurisdiction.level,
        "valid_from": valid_from, "valid_to": valid_to,
        "validity_text": doc.validity.text if doc.validity else None,
        "provisional": provisional,
        "doc_id": d, "title_key": title_key(doc.title),
    }
    g.add_node(Node(pkey, "Policy", doc.title, props, d))
    dkey = key_for("Document", d)
    g.add_node(Node(dkey, "Document", doc.source, {"doc_id": d, "sha256": doc.sha256, "source": doc.source}, d))
    g.add_edge(Edge(pkey, "DERIVED_FROM", dkey, {}, d))
    if jkey:
        g.add_edge(Edge(pkey, "IN_JURISDICTION", jkey, {}, d))

    def agency(name: str, written: str | None = None) -> str:
        key = key_for("Agency", name)
        g.add_node(Node(key, "Agency", name, {"function": agency_function(name), "collective": is_collective(name)},
                        COMMON), used_by=d)
        return key  # its jurisdiction is linked in finalize(), once every jurisdiction is known

    for name in doc.issuer:
        g.add_edge(Edge(pkey, "ISSUED_BY", agency(name), {}, d))

    for order, m in enumerate(doc.measures):
        mkey = key_for("Measure", d, m.id)
        g.add_node(Node(mkey, "Measure", m.title, {
            "measure_id": m.id, "title": m.title, "text": m.text, "order": order, "policy": d,
            "path": "/".join(m.path) or None, **_ev(m.evidence),
        }, d))
        g.add_edge(Edge(pkey, "HAS_MEASURE", mkey, {"order": order}, d))
        for r in m.responsible:
            g.add_edge(Edge(agency(r.normalized), "RESPONSIBLE_FOR", mkey,
                            {"role": r.role, "as_written": r.name, **_ev(r.evidence)}, d))
        for i, a in enumerate(m.amounts):
            fkey = key_for("Funding", d, m.id, str(i))
            g.add_node(Node(fkey, "Funding", a.text, {
                "kind": a.kind, "value_yuan": a.value_yuan, "ratio": a.ratio, "condition": a.condition,
                "currency": "CNY", "text": a.text, "measure": mkey, **_ev(a.evidence),
            }, d))
            g.add_edge(Edge(mkey, "HAS_FUNDING", fkey, {}, d))

    mspans = [(m, m.evidence) for m in doc.measures if m.evidence]
    for label, mentions in (("Enterprise", doc.enterprises), ("Platform", doc.platforms), ("Program", doc.programs)):
        for men in mentions:
            ekey = key_for(label, men.name)
            g.add_node(Node(ekey, label, men.name, {}, COMMON), used_by=d)
            g.add_edge(Edge(pkey, "MENTIONS", ekey, _ev(men.evidence), d))
            if men.evidence:
                for m, ev in mspans:
                    if ev.start <= men.evidence.start < ev.end:
                        g.add_edge(Edge(key_for("Measure", d, m.id), "MENTIONS", ekey, _ev(men.evidence), d))
                        break

    for c in doc.cited_policies:
        ckey = key_for("Citation", c.title)
        g.add_node(Node(ckey, "Citation", c.title, {"title_key": title_key(c.title), "doc_number": c.doc_number},
                        COMMON), used_by=d)
        g.add_edge(Edge(pkey, "CITES", ckey, {"doc_number": c.doc_number, **_ev(c.evidence)}, d))

    for link in doc.links:  # named by title (or by 文号 alone): a Citation, resolved in finalize()
        name = link.title or link.doc_number or ""
        ckey = key_for("Citation", name)
        g.add_node(Node(ckey, "Citation", name, {"title_key": title_key(link.title) if link.title else None,
                                                 "doc_number": link.doc_number}, COMMON), used_by=d)
        g.add_edge(Edge(pkey, LINK_EDGES[link.kind], ckey,
                        {"doc_number": link.doc_number, "until": link.until, **_ev(link.evidence)}, d))

    if doc.proposal:
        p = doc.proposal
        prkey = key_for("Proposal", doc.jurisdiction.name, p.number)
        g.add_node(Node(prkey, "Proposal", p.title or p.number, {
            "number": p.number, "kind": p.kind, "session": p.session, "title": p.title}, d))
        g.add_edge(Edge(pkey, "REPLIES_TO", prkey, {}, d))
        roles = {pp.name: pp.role for pp in doc.people}
        for name in p.proposers:
            perkey = key_for("Person", doc.jurisdiction.name, name)
            g.add_node(Node(perkey, "Person", name, {"role": roles.get(name)}, COMMON), used_by=d)
            g.add_edge(Edge(prkey, "PROPOSED_BY", perkey, {}, d))
    for person in doc.people:
        perkey = key_for("Person", doc.jurisdiction.name, person.name)
        g.add_node(Node(perkey, "Person", person.name, {"role": person.role}, COMMON), used_by=d)
        g.add_edge(Edge(pkey, "NAMES_PERSON", perkey, {"role": person.role, **_ev(person.evidence)}, d))


def merge_document(g: PolicyGraph, part: PolicyGraph) -> None:
    """Add ``part``, the graph :func:`add_document` made of one document on its own, to ``g``.

    The result is the graph :func:`add_document` of that document into ``g`` gives (a node or an edge
    already in ``g`` is kept, shared nodes record the document as a user), so the corpus pipeline
    (:func:`policykg.pipeline.run`) builds each document's graph once, in the worker that extracted it.

    >>> from policykg.schema.models import PolicyDocument
    >>> doc = PolicyDocument("d1", "d1.txt", "", "关于支持区块链的若干措施", "funding_measures", issuer=("苏州市财政局",))
    >>> part, whole, direct = PolicyGraph(), PolicyGraph(), PolicyGraph()
    >>> add_document(part, doc); merge_document(whole, part); add_document(direct, doc)
    >>> (whole.nodes, whole.edges, dict(whole.users)) == (direct.nodes, direct.edges, dict(direct.users))
    True
    """
    for doc_id in part.documents:
        if doc_id in g.documents:
            g.remove_graph(doc_id)
    g.documents.update(part.documents)
    for key, node in part.nodes.items():
        g.nodes.setdefault(key, node)
    for key, users in part.users.items():
        g.users[key].update(users)
    for key, edge in part.edges.items():
        g.edges.setdefault(key, edge)
    g.touch()


def remove_document(g: PolicyGraph, doc_id: str) -> None:
    """Remove a document's facts; shared entities other documents use stay."""
    g.remove_graph(doc_id)
    finalize(g)


def finalize(g: PolicyGraph, *, words: Mapping[str, Sequence[str]] | None = None) -> None:
    """Recompute corpus-wide edges: agency jurisdictions, citation resolution, measure overlap, co-responsibility.

    ``words``: measure key -> its words for the overlap, computed beforehand
    (see :func:`policykg.graph.overlap.overlap_edges`).
    """
    from policykg.graph.overlap import co_responsibility_edges, overlap_edges

    g.edges = {k: e for k, e in g.edges.items() if e.graph != DERIVED
               and not (e.type == "IN_JURISDICTION" and g.nodes[e.src].label == "Agency")}
    jurisdictions = g.by_label("Jurisdiction")
    for node in g.by_label("Agency"):  # independent of the order documents were added in
        jkey = _agency_jurisdiction(g, node.name, jurisdictions)
        if jkey:
            g.add_edge(Edge(node.key, "IN_JURISDICTION", jkey, {}, COMMON))
    by_title: dict = {n.get("title_key"): n.key for n in g.by_label("Policy")}
    for n in g.by_label("Policy"):  # 关于印发《X》的通知 is known by X too (for lifecycle links)
        issued = _ISSUED.search(n.get("title_key") or "")
        if issued:
            by_title.setdefault(("issued", issued.group(1)), n.key)
    by_number = {n.get("doc_number"): n.key for n in g.by_label("Policy") if n.get("doc_number")}
    for e in list(g.edges_of("CITES")):
        cit = g.nodes.get(e.dst)
        if cit is None or cit.label != "Citation":
            continue
        target = by_title.get(cit.get("title_key")) or by_number.get(e.get("doc_number") or "")
        if target and target != e.src:
            g.add_edge(Edge(e.src, "CITES", target, {"resolved_from": cit.key, **e.properties}, DERIVED))
    for e in [e for t in LINK_EDGES.values() for e in g.edges_of(t)]:
        cit = g.nodes.get(e.dst)
        if cit is None or cit.label != "Citation":
            continue
        target = _link_target(g, cit, e.get("doc_number"), by_title, by_number)
        if target and target != e.src:
            g.add_edge(Edge(e.src, e.type, target, {"resolved_from": cit.key, **e.properties}, DERIVED))
    for edge in overlap_edges(g, words=words):
        g.add_edge(edge)
    for edge in co_responsibility_edges(g):
        g.add_edge(edge)


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


def build_graph(documents: Iterable[PolicyDocument]) -> PolicyGraph:
    """Build the graph of a corpus: one named graph per document, shared entities in common."""
    g = PolicyGraph()
    for doc in documents:
        add_document(g, doc)
    finalize(g)
    log.info("graph: %s", g.counts())
    return g
