"""Compacted JSON-LD of quads, with the vocabulary's prefixes as its ``@context``.

pyoxigraph writes JSON-LD expanded (every term a full IRI, no context); this
writer compacts it with :data:`policykg.schema.vocab.PREFIXES` as it goes:

* the document is ``{"@context": {prefix: namespace, ...}, "@graph": [...]}``; a named
  graph is ``{"@id": graph, "@graph": [node, ...]}``, nodes of the default graph sit at the top;
* properties, types and IRIs a prefix covers become compact IRIs (``dcterms:title``),
  ``rdf:type`` becomes ``@type``;
* an ``xsd:string`` literal is a JSON string, other literals ``{"@value": ..., "@type": "xsd:..."}``
  or ``{"@value": ..., "@language": ...}``; a property with one value has no list.

The nodes of one named graph are held until the graph ends (quads arrive
graph by graph from the store and from ``policykg build``'s N-Quads), then
written sorted by ``@id``; nothing else is kept in memory.

Examples
--------
>>> from pyoxigraph import Literal, NamedNode, Quad
>>> import io, json
>>> buf = io.BytesIO()
>>> write_jsonld([Quad(NamedNode("https://w3id.org/policykg/id/policy/a"),
...                    NamedNode("http://purl.org/dc/terms/title"), Literal("政策"),
...                    NamedNode("https://w3id.org/policykg/graph/a"))], buf)
>>> json.loads(buf.getvalue())["@graph"][0]["@graph"]
[{'@id': 'https://w3id.org/policykg/id/policy/a', 'dcterms:title': '政策'}]
>>> compact_iri("http://data.europa.eu/eli/ontology#LegalResource")
'eli:LegalResource'
"""
from __future__ import annotations

import itertools
import json
import re
from typing import Any, BinaryIO, Iterable

from pyoxigraph import BlankNode, DefaultGraph, Literal, Quad

from policykg.schema import vocab as V

__all__ = ["CONTEXT", "compact_iri", "write_jsonld"]

#: the ``@context`` of every JSON-LD export: the vocabulary's prefixes
CONTEXT: dict[str, str] = dict(V.PREFIXES)
_LONGEST_FIRST = sorted(CONTEXT.items(), key=lambda item: -len(item[1]))
#: the namespaces, longest first: the first alternative that matches is the longest namespace (one C-level
#: scan instead of a loop over every prefix; most IRIs of a build, its nodes', match none)
_NAMESPACE = re.compile("|".join(re.escape(namespace) for _, namespace in _LONGEST_FIRST))
_PREFIX = {namespace: prefix for prefix, namespace in _LONGEST_FIRST}
_TYPE = V.RDF + "type"
_STRING = V.XSD + "string"


def compact_iri(iri: str) -> str:
    """``prefix:local`` when a prefix of :data:`CONTEXT` covers ``iri`` (the longest namespace wins), else ``iri``."""
    found = _NAMESPACE.match(iri)
    if found is None:
        return iri
    local = iri[found.end():]
    if local and not local.startswith("//"):
        return f"{_PREFIX[found.group()]}:{local}"
    for prefix, namespace in _LONGEST_FIRST:  # (not a local name: a shorter namespace may still cover it)
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return iri


def _id(term: Any) -> str:
    return "_:" + term.value if isinstance(term, BlankNode) else compact_iri(term.value)


def _value(term: Any) -> Any:
    if not isinstance(term, Literal):
        return {"@id": _id(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype is None or term.datatype.value == _STRING:
        return term.value
    return {"@value": term.value, "@type": compact_iri(term.datatype.value)}


def _nodes(quads: Iterable[Quad]) -> list[dict[str, Any]]:
    """The node objects of one graph's quads, sorted by ``@id``; values sorted too (stable output)."""
    props: dict[str, dict[str, list[Any]]] = {}
    subjects: dict[Any, dict[str, list[Any]]] = {}  # the quads of a subject come together: compacted once
    keys: dict[str, str] = {}
    for q in quads:
        node = subjects.get(q.subject)
        if node is None:
            node = subjects[q.subject] = props.setdefault(_id(q.subject), {})
        predicate = q.predicate.value
        if predicate == _TYPE and not isinstance(q.object, Literal):
            node.setdefault("@type", []).append(_id(q.object))
        else:
            key = keys.get(predicate)
            if key is None:
                key = keys[predicate] = compact_iri(predicate)
            node.setdefault(key, []).append(_value(q.object))
    out = []
    for subject in sorted(props):
        node: dict[str, Any] = {"@id": subject}
        for key in sorted(props[subject], key=lambda k: (k != "@type", k)):
            values = props[subject][key]
            if len(values) > 1:
                values = sorted(values, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
            node[key] = values[0] if len(values) == 1 else values
        out.append(node)
    return out


def write_jsonld(quads: Iterable[Quad], out: BinaryIO) -> None:
    """Write ``quads`` (grouped by graph) to the binary file ``out`` as compacted JSON-LD (UTF-8)."""
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    out.write(('{"@context": ' + dump(CONTEXT) + ',\n "@graph": [').encode("utf-8"))
    first = True
    for graph, in_graph in itertools.groupby(quads, key=lambda q: q.graph_name):
        nodes = [dump(n) for n in _nodes(in_graph)]
        if isinstance(graph, DefaultGraph):
            items = nodes
        else:
            items = ['{"@id": ' + dump(_id(graph)) + ', "@graph": [\n  ' + ",\n  ".join(nodes) + "\n ]}"]
        for item in items:
            out.write(((",\n " if not first else "\n ") + item).encode("utf-8"))
            first = False
    out.write(b"\n]}\n")
