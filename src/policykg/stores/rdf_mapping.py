"""The RDF projection of a :class:`~policykg.graph.model.PolicyGraph`, as plain values.

:func:`project` turns the graph into triples per named graph, using the
mapping of :mod:`policykg.schema.vocab`; :mod:`policykg.stores.rdf` turns them
into pyoxigraph quads.  Subjects, predicates and IRI objects are ``str``;
literal objects are :class:`Lit`.  No blank nodes: every resource has a
deterministic IRI, so projecting the same graph twice gives the same triples.

* a node: ``rdf:type`` its class, ``skos:prefLabel`` its name, one triple per prop;
* an edge: its direct triple ``src P dst`` (``dst P src`` for inverse edges; a repeal also
  states ``dst eli:in_force eli:InForce-notInForce``); an
  edge with properties also gets an ``rdf:Statement`` carrying them, except
  RESPONSIBLE_FOR whose properties go on a ``prov:Association``
  (``measure prov:qualifiedAssociation assoc``; ``assoc prov:agent agency ; prov:hadRole role``);
* evidence: ``fact prov:wasDerivedFrom ev`` with ``ev`` a ``pkg:Evidence``
  (``oa:start``, ``oa:end``, ``oa:exact``, ``pkg:sentence``, ``dcterms:source`` document);
* funding: a ``schema:MonetaryGrant`` with ``schema:amount`` a ``schema:MonetaryAmount``
  (``schema:value`` or, for caps, ``schema:maxValue``, and ``schema:currency "CNY"``).

Examples
--------
>>> from policykg.graph.model import Node
>>> g = PolicyGraph()
>>> g.add_node(Node("agency:苏州市财政局", "Agency", "苏州市财政局", {"function": "财政局"}, COMMON))
>>> sorted(o.value for s, p, o in project(g)[COMMON] if isinstance(o, Lit))
['苏州市财政局', '财政局']
>>> typed(3000000.0, "decimal").value, typed(0.25, "decimal").value
('3000000', '0.25')
>>> typed("2021-03-01", "date")
Lit(value='2021-03-01', datatype='http://www.w3.org/2001/XMLSchema#date')
"""
from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Collection, Iterable, Iterator, Union

from policykg.graph.keys import iri_for_key, key_for
from policykg.graph.model import COMMON, Edge, Node, PolicyGraph
from policykg.schema import vocab as V

__all__ = ["Lit", "Triple", "project", "typed", "edge_iri", "evidence_iri", "amount_iri"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal: lexical form and datatype IRI."""

    value: str
    datatype: str = V.XSD + "string"


Object = Union[str, Lit]
Triple = tuple[str, str, Object]

_TYPE = V.RDF + "type"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def _decimal(value: float | int) -> Lit:
    if isinstance(value, float) and not math.isfinite(value):
        return Lit("NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF"), V.XSD + "double")
    text = format(Decimal(repr(value)) if isinstance(value, float) else Decimal(value), "f")
    if "." in text:  # the canonical form the store keeps (3000000.0 -> 3000000, 0.50 -> 0.5), so that
        text = text.rstrip("0").rstrip(".")  # N-Quads written by policykg build equal the store's
    return Lit("0" if text in ("-0", "") else text, V.XSD + "decimal")


def typed(value: Any, kind: str = "") -> Lit:
    """A typed literal for ``value`` (``kind`` as in :mod:`policykg.schema.vocab`, else by Python type)."""
    if kind == "date" and isinstance(value, str):
        if _DATE.match(value):
            return Lit(value, V.XSD + "date")
        if _YEAR_MONTH.match(value):
            return Lit(value, V.XSD + "gYearMonth")
        if _YEAR.match(value):
            return Lit(value, V.XSD + "gYear")
        return Lit(value)
    if isinstance(value, bool):
        return Lit("true" if value else "false", V.XSD + "boolean")
    if kind == "decimal" and isinstance(value, (int, float)):
        return _decimal(value)
    if kind == "integer" and isinstance(value, (int, float)) and float(value).is_integer():
        return Lit(str(int(value)), V.XSD + "integer")
    if isinstance(value, int):
        return Lit(str(value), V.XSD + "integer")
    if isinstance(value, float):
        return _decimal(value)
    return Lit(str(value))


def edge_iri(edge: Edge) -> str:
    """The IRI of an edge's statement (or association): deterministic from the edge key."""
    return iri_for_key("edge:" + edge.key)


def evidence_iri(doc_id: str, start: int, end: int) -> str:
    """The IRI of a span of a document: the same span is one resource."""
    return iri_for_key(key_for("Evidence", doc_id, str(start), str(end)))


def amount_iri(funding_iri: str) -> str:
    """The IRI of a grant's ``schema:MonetaryAmount`` (node IRIs never contain ``#``)."""
    return funding_iri + "#amount"


def _values(subject: str, pred: str, value: Any, kind: str) -> Iterator[Triple]:
    if value is None or kind == "skip":
        return
    if kind.startswith("concept:"):
        yield subject, pred, V.concept(kind.split(":", 1)[1], str(value))
    elif kind == "iri":
        yield subject, pred, iri_for_key(str(value))
    elif kind == "iris":
        for item in value:
            yield subject, pred, iri_for_key(str(item))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield subject, pred, typed(item, kind)
    else:
        yield subject, pred, typed(value, kind)


def _props(subject: str, props: Iterable[tuple[str, Any]], spec: dict[str, tuple[str, str]]) -> Iterator[Triple]:
    for prop, value in props:
        pred, kind = spec.get(prop, (V.PKG + prop, ""))
        yield from _values(subject, pred, value, kind)


def _evidence(subject: str, props: dict[str, Any]) -> Iterator[Triple]:
    doc, start, end = props.get("evidence_doc"), props.get("evidence_start"), props.get("evidence_end")
    if doc is None or start is None or end is None:
        return
    ev = evidence_iri(doc, start, end)
    yield subject, V.PROV + "wasDerivedFrom", ev
    yield ev, _TYPE, V.EVIDENCE_CLASS
    yield ev, V.OA + "start", typed(int(start), "integer")
    yield ev, V.OA + "end", typed(int(end), "integer")
    yield ev, V.DCTERMS + "source", iri_for_key(key_for("Document", doc))
    if props.get("evidence_text") is not None:
        yield ev, V.OA + "exact", Lit(str(props["evidence_text"]))
    if props.get("evidence_sentence"):
        yield ev, V.PKG + "sentence", Lit(str(props["evidence_sentence"]))


def _node(node: Node) -> Iterator[Triple]:
    s = iri_for_key(node.key)
    yield s, _TYPE, V.class_for(node.label)
    for extra in V.EXTRA_TYPES.get(node.label, ()):
        yield s, _TYPE, extra
    if node.label == "Jurisdiction":
        yield s, V.SKOS + "inScheme", V.JURISDICTION_SCHEME
    if node.name:
        yield s, V.NAME_PROPERTY, Lit(node.name)
    props = dict(node.props)
    yield from _props(s, node.props, V.NODE_PROPERTIES.get(node.label, {}))
    yield from _evidence(s, props)
    if node.label == "Funding" and props.get("value_yuan") is not None:
        amt = amount_iri(s)
        yield s, V.SCHEMA + "amount", amt
        yield amt, _TYPE, V.AMOUNT_CLASS
        yield amt, V.SCHEMA + "currency", Lit(str(props.get("currency") or "CNY"))
        pred = "maxValue" if props.get("kind") == "cap" else "value"
        yield amt, V.SCHEMA + pred, typed(props["value_yuan"], "decimal")


def _edge(edge: Edge, g: PolicyGraph) -> Iterator[Triple]:
    src, dst = iri_for_key(edge.src), iri_for_key(edge.dst)
    src_label = g.nodes[edge.src].label if edge.src in g.nodes else None
    pred = V.edge_property(edge.type, src_label)
    if edge.type in V.INVERSE_EDGES:
        yield dst, pred, src
    else:
        yield src, pred, dst
    fact = V.EDGE_TARGET_FACTS.get(edge.type)
    if fact:  # a repealed policy (in the corpus or only cited) is not in force: eli:in_force
        yield dst, fact[0], fact[1]
    props = dict(edge.props)
    if edge.type == "RESPONSIBLE_FOR":
        assoc = edge_iri(edge)
        yield dst, V.PROV + "qualifiedAssociation", assoc
        yield assoc, _TYPE, V.ASSOCIATION_CLASS
        yield assoc, V.PROV + "agent", src
        yield assoc, V.PROV + "hadRole", V.concept("role", str(props.get("role") or "co"))
        written = props.get("as_written")
        agency = g.nodes.get(edge.src)
        if written and agency is not None and written != agency.name:
            yield src, V.SKOS + "altLabel", Lit(str(written))
        rest = [(k, v) for k, v in edge.props if k != "role"]
        yield from _props(assoc, rest, V.EDGE_PROPERTY_PREDICATES)
        yield from _evidence(assoc, props)
        return
    projected = [(k, v) for k, v in edge.props if V.EDGE_PROPERTY_PREDICATES.get(k, ("", ""))[1] != "skip"]
    has_evidence = props.get("evidence_doc") is not None
    if not projected and not has_evidence:
        return
    st = edge_iri(edge)
    yield st, _TYPE, V.STATEMENT_CLASS
    yield st, V.RDF + "subject", dst if edge.type in V.INVERSE_EDGES else src
    yield st, V.RDF + "predicate", pred
    yield st, V.RDF + "object", src if edge.type in V.INVERSE_EDGES else dst
    yield from _props(st, projected, V.EDGE_PROPERTY_PREDICATES)
    yield from _evidence(st, props)


def project(g: PolicyGraph, graphs: Collection[str] | None = None) -> dict[str, list[Triple]]:
    """Named graph (document id, ``common`` or ``derived``) -> its triples, without duplicates.

    ``graphs`` limits the projection to those named graphs (a document graph
    projected alone loses the triples the common graph also states only when
    ``common`` is projected with it).
    """
    out: dict[str, dict[Triple, None]] = defaultdict(dict)
    for node in sorted(g.nodes.values(), key=lambda n: n.key):
        if graphs is None or node.graph in graphs:
            out[node.graph].update(dict.fromkeys(_node(node)))
    for edge in sorted(g.edges.values(), key=lambda e: e.key):
        if graphs is None or edge.graph in graphs:
            out[edge.graph].update(dict.fromkeys(_edge(edge, g)))
    # the same triple asserted in the common graph and a document graph is kept once, in common
    common = out.get(COMMON, {})
    for name, triples in out.items():
        if name != COMMON and common:
            for t in [t for t in triples if t in common]:
                del triples[t]
    log.debug("projected %d named graphs", len(out))
    return {name: list(triples) for name, triples in sorted(out.items())}
