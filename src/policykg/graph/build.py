"""Document -> graph: the :class:`~policykg.graph.model.PolicyGraph` of extracted documents.

This is the only place that turns :class:`~policykg.schema.models.PolicyDocument`
objects into nodes and edges (:func:`add_document`, one document in its own named graph), and
every projection reads the result.  What needs the whole corpus (agency jurisdictions, resolved
citations, overlaps, co-responsibility) is computed by :func:`policykg.graph.derivations.derive`,
which :func:`build_graph` and :func:`remove_document` call.

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
from typing import Iterable

from policykg.graph.derivations import derive
from policykg.graph.keys import key_for
from policykg.graph.model import COMMON, LINK_EDGES, Edge, Node, PolicyGraph
from policykg.graph.overlap import agency_function
from policykg.schema.collectives import is_collective
from policykg.schema.jurisdictions import level_of, parents_of
from policykg.schema.models import Evidence, PolicyDocument

__all__ = ["build_graph", "add_document", "merge_document", "remove_document", "title_key"]

log = logging.getLogger(__name__)

_TITLE_PUNCT = re.compile(r"[\s《》“”\"'()（）]")


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
    levels = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3, "township": 4}
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
    if name.endswith(("镇", "乡", "街道")):
        return "township"
    return "national" if depth == 0 and name in ("中国", "中华人民共和国", "全国") else "unknown"


def add_document(g: PolicyGraph, doc: PolicyDocument) -> None:
    """Add one document's facts in its own named graph (replacing an earlier version).

    The corpus-wide edges (agency jurisdictions, resolved links, overlaps, co-responsibility) are
    not updated: :func:`policykg.graph.derivations.derive` computes them once the corpus is in.
    """
    if doc.doc_id in g.documents:
        g.remove_graph(doc.doc_id)
    g.documents[doc.doc_id] = doc
    pkey = _add_policy(g, doc)
    for name in doc.issuer:
        g.add_edge(Edge(pkey, "ISSUED_BY", _agency(g, name, doc.doc_id), {}, doc.doc_id))
    _add_measures(g, doc, pkey)
    _add_mentions(g, doc, pkey)
    _add_citations(g, doc, pkey)
    _add_people(g, doc, pkey)


def _add_policy(g: PolicyGraph, doc: PolicyDocument) -> str:
    """The ``Policy`` node, its ``Document``, and its jurisdictions; the policy's key."""
    d = doc.doc_id
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
    return pkey


def _agency(g: PolicyGraph, name: str, doc_id: str) -> str:
    """The shared ``Agency`` node of a normalised name, used by ``doc_id``; its key."""
    key = key_for("Agency", name)
    g.add_node(Node(key, "Agency", name, {"function": agency_function(name), "collective": is_collective(name)},
                    COMMON), used_by=doc_id)
    return key  # its jurisdiction is linked by derive(), once every jurisdiction is known


def _add_measures(g: PolicyGraph, doc: PolicyDocument, pkey: str) -> None:
    """``Measure`` nodes, their responsible agencies (``RESPONSIBLE_FOR {role}``) and ``Funding``."""
    d = doc.doc_id
    for order, m in enumerate(doc.measures):
        mkey = key_for("Measure", d, m.id)
        g.add_node(Node(mkey, "Measure", m.title, {
            "measure_id": m.id, "title": m.title, "text": m.text, "order": order, "policy": d,
            "path": "/".join(m.path) or None, **_ev(m.evidence),
        }, d))
        g.add_edge(Edge(pkey, "HAS_MEASURE", mkey, {"order": order}, d))
        for r in m.responsible:
            g.add_edge(Edge(_agency(g, r.normalized, d), "RESPONSIBLE_FOR", mkey,
                            {"role": r.role, "as_written": r.name, **_ev(r.evidence)}, d))
        for i, a in enumerate(m.amounts):
            fkey = key_for("Funding", d, m.id, str(i))
            g.add_node(Node(fkey, "Funding", a.text, {
                "kind": a.kind, "value_yuan": a.value_yuan, "ratio": a.ratio, "condition": a.condition,
                "currency": "CNY", "text": a.text, "measure": mkey, **_ev(a.evidence),
            }, d))
            g.add_edge(Edge(mkey, "HAS_FUNDING", fkey, {}, d))


def _add_mentions(g: PolicyGraph, doc: PolicyDocument, pkey: str) -> None:
    """Enterprises, platforms and programs, ``MENTIONS``-ed by the policy and by the measure saying them."""
    d = doc.doc_id
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


def _add_citations(g: PolicyGraph, doc: PolicyDocument, pkey: str) -> None:
    """Cited policies (``CITES``) and lifecycle links (``REPEALS`` …) to shared ``Citation`` nodes."""
    d = doc.doc_id
    for c in doc.cited_policies:
        ckey = key_for("Citation", c.title)
        g.add_node(Node(ckey, "Citation", c.title, {"title_key": title_key(c.title), "doc_number": c.doc_number},
                        COMMON), used_by=d)
        g.add_edge(Edge(pkey, "CITES", ckey, {"doc_number": c.doc_number, **_ev(c.evidence)}, d))

    for link in doc.links:  # named by title (or by 文号 alone): a Citation, resolved by derive()
        name = link.title or link.doc_number or ""
        ckey = key_for("Citation", name)
        g.add_node(Node(ckey, "Citation", name, {"title_key": title_key(link.title) if link.title else None,
                                                 "doc_number": link.doc_number}, COMMON), used_by=d)
        g.add_edge(Edge(pkey, LINK_EDGES[link.kind], ckey,
                        {"doc_number": link.doc_number, "until": link.until, **_ev(link.evidence)}, d))


def _add_people(g: PolicyGraph, doc: PolicyDocument, pkey: str) -> None:
    """The proposal a reply answers (``REPLIES_TO``, ``PROPOSED_BY``) and the people named (``NAMES_PERSON``)."""
    d = doc.doc_id
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
    derive(g)


def build_graph(documents: Iterable[PolicyDocument]) -> PolicyGraph:
    """Build the graph of a corpus: one named graph per document, shared entities in common."""
    g = PolicyGraph()
    for doc in documents:
        add_document(g, doc)
    derive(g)
    log.info("graph: %s", g.counts())
    return g

