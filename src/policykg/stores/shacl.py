"""SHACL validation of the projected graph with pyshacl (``schema/shapes.ttl``).

Examples
--------
>>> from policykg.graph.build import build_graph
>>> from policykg.schema.models import PolicyDocument
>>> report = validate(build_graph([PolicyDocument("d1", "d1.txt", "", "", "other")]))
>>> report.conforms  # an empty title is a warning: a fragment may name none
True
>>> [(v.severity, v.describe()) for v in report.violations]
[('Warning', "policy:d1  dcterms:title  a policy has an empty title (its text names none)  (value: '')")]
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from policykg.graph.keys import BASE, key_for_iri
from policykg.graph.model import PolicyGraph
from policykg.schema import vocab as V
from policykg.stores.rdf import RDFStore

__all__ = ["Violation", "ShaclReport", "validate", "rdfs_closure", "shapes_graph", "ontology_graph", "INFERENCE"]

log = logging.getLogger(__name__)

_SH = "http://www.w3.org/ns/shacl#"
#: the inference ``validate`` can run before checking: RDFS over the ontology (the default), or none
INFERENCE = ("rdfs", "none")


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node, the property path, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str | None = None
    shape: str = ""

    def describe(self) -> str:
        """``focus  path  message [value]`` on one line."""
        value = f"  (value: {self.value!r})" if self.value is not None else ""
        return f"{self.focus}  {self.path or '-'}  {self.message}{value}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ShaclReport:
    """Whether the graph conforms, and its violations sorted by node."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "triples": self.triples,
                "violations": [v.to_dict() for v in self.violations]}


def shapes_graph():  # noqa: ANN201 - rdflib imported lazily
    """The packaged shapes as an rdflib Graph."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=V.shapes_path().read_text(encoding="utf-8"), format="turtle")
    return g


def ontology_graph():  # noqa: ANN201 - rdflib imported lazily
    """The packaged ontology as an rdflib Graph (the axioms RDFS inference uses)."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=V.ontology_path().read_text(encoding="utf-8"), format="turtle")
    return g


def _closure(pairs: Any) -> dict[Any, set[Any]]:
    """Each node's ancestors over ``(sub, super)`` pairs (rdfs5 / rdfs11: subClassOf, subPropertyOf)."""
    up: dict[Any, set[Any]] = {}
    for a, b in pairs:
        up.setdefault(a, set()).add(b)
    done: dict[Any, set[Any]] = {}
    for start in up:
        seen, todo = set(), list(up[start])
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(up.get(n, ()))
        done[start] = seen - {start}
    return done


def rdfs_closure(data: Any, ontology: Any) -> None:
    """Add to ``data`` the axioms of ``ontology`` (rdflib Graphs) and what RDFS entails that SHACL can see.

    The rules that give a resource a type or a property a value: rdfs5 and rdfs11 (subPropertyOf and
    subClassOf are transitive), rdfs7 (a subproperty's values are the superproperty's), rdfs2 and rdfs3
    (a property's domain and range type its subject and its non-literal object) and rdfs9 (an instance
    of a class is an instance of its superclasses). The others only say that things are resources,
    classes or properties, which no shape targets: ``pyshacl``'s ``inference="rdfs"`` (the full closure
    of OWL-RL's RDFS semantics, minutes on 100k triples) reports the same on the same data.
    """
    import rdflib
    from rdflib.namespace import RDF, RDFS

    schema = (str(RDFS), "http://www.w3.org/2002/07/owl#")
    for t in ontology:  # as pyshacl mixes an ontology in: its RDFS and OWL axioms, not its instances
        if str(t[1]).startswith(schema) or t[1] == RDF.type and str(t[2]).startswith(schema):
            data.add(t)
    sub_prop = _closure(data.subject_objects(RDFS.subPropertyOf))
    sub_class = _closure(data.subject_objects(RDFS.subClassOf))
    for kind, ups in ((RDFS.subPropertyOf, sub_prop), (RDFS.subClassOf, sub_class)):
        for a, bs in ups.items():
            for b in bs:
                data.add((a, kind, b))
    for p, supers in sub_prop.items():
        for s_, o in list(data.subject_objects(p)):
            for q in supers:
                data.add((s_, q, o))
    for p, c in list(data.subject_objects(RDFS.domain)):
        for s_ in set(data.subjects(p)):
            data.add((s_, RDF.type, c))
    for p, c in list(data.subject_objects(RDFS.range)):
        for o in set(data.objects(None, p)):
            if not isinstance(o, rdflib.Literal):
                data.add((o, RDF.type, c))
    for c, supers in sub_class.items():
        for s_ in list(data.subjects(RDF.type, c)):
            for d in supers:
                data.add((s_, RDF.type, d))


def _name(term: Any) -> str:
    text = str(term)
    if text.startswith(BASE):
        try:
            return key_for_iri(text)
        except ValueError:
            return text
    return V.curie(text) if text.startswith("http") else text


def _path(graph: Any, path: Any) -> str:
    if path is None:
        return ""
    inverse = graph.value(path, _ref(_SH + "inversePath"))
    if inverse is not None:
        return "^" + _name(inverse)
    return _name(path)


def _ref(iri: str):  # noqa: ANN202
    import rdflib

    return rdflib.URIRef(iri)


def validate(source: PolicyGraph | RDFStore, *, inference: str = "rdfs") -> ShaclReport:
    """Validate a graph model (projected in memory) or an RDF store against the shapes.

    Parameters
    ----------
    source
        A :class:`~policykg.graph.model.PolicyGraph` or an open :class:`~policykg.stores.rdf.RDFStore`.
    inference
        ``"rdfs"`` (default): the data is first expanded by RDFS inference over ``ontology.ttl``
        (:func:`rdfs_closure`: a pkg:Policy or pkg:CitedPolicy is an eli:LegalResource, domains and
        ranges type the resources they touch), so the shapes of a class apply to its subclasses; the
        report is the one ``pyshacl`` gives with ``inference="rdfs"`` (``tests/test_shacl.py``);
        ``"none"``: as stored.
    """
    from pyshacl import validate as run

    if inference not in INFERENCE:
        raise ValueError(f"inference must be one of {', '.join(INFERENCE)}, not {inference!r}")

    if isinstance(source, PolicyGraph):
        store = RDFStore()
        store.load_graph(source)
    else:
        store = source
    data = store.to_rdflib(union=True)
    triples = len(data)
    if inference == "rdfs":
        rdfs_closure(data, ontology_graph())
    conforms, results, _text = run(data, shacl_graph=shapes_graph(), inference="none",
                                   abort_on_first=False, allow_warnings=True)
    sh = lambda local: _ref(_SH + local)  # noqa: E731
    violations = []
    for result in results.subjects(_ref(V.RDF + "type"), sh("ValidationResult")):
        message = results.value(result, sh("resultMessage"))
        value = results.value(result, sh("value"))
        severity = results.value(result, sh("resultSeverity"))
        violations.append(Violation(
            focus=_name(results.value(result, sh("focusNode"))),
            path=_path(results, results.value(result, sh("resultPath"))),
            message=str(message) if message is not None else "violates its shape",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=_name(value) if value is not None else None,
            shape=_name(results.value(result, sh("sourceShape"))),
        ))
    violations.sort()
    log.info("SHACL: %d triples (%d after inference), %d violations", triples, len(data), len(violations))
    return ShaclReport(bool(conforms), violations, triples)
