"""RDF files of the graph: N-Quads of projected named graphs, and the export files written from them.

The serialisers of :mod:`policykg.stores` for RDF (with :mod:`policykg.stores.jsonld`): a worker of
``policykg build`` sends a document's graph to the store as N-Quads (:func:`to_nquads`), and the
exports (Turtle, N-Triples, TriG, N-Quads, JSON-LD) are written from one N-Quads file of the whole
store (:func:`export_nquads`) or from the store itself (:meth:`policykg.stores.rdf.RDFStore.dump_many`).
pyoxigraph is imported here and in :mod:`policykg.stores.rdf` only.

Examples
--------
>>> from policykg.stores.rdf_mapping import Lit
>>> print(to_nquads({"d1": [("urn:s", "urn:p", Lit("x"))]}).decode().strip())
<urn:s> <urn:p> "x" <https://w3id.org/policykg/graph/d1> .
"""
from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from policykg.errors import QueryError, StoreError
from policykg.graph.keys import GRAPH_BASE, graph_iri
from policykg.graph.model import PolicyGraph
from policykg.schema import vocab as V
from policykg.stores.jsonld import write_jsonld
from policykg.stores.rdf_mapping import Lit, Triple, project

__all__ = ["RDF_FORMATS", "ALIASES", "rdflib_graph", "to_quads", "to_nquads", "merge_nquads", "export_nquads", "write_formats",
           "dump_store", "python_value", "term"]

#: export name -> (pyoxigraph format, keeps named graphs); every export streams from the store (no rdflib)
RDF_FORMATS: dict[str, tuple[RdfFormat, bool]] = {
    "ttl": (RdfFormat.TURTLE, False), "nt": (RdfFormat.N_TRIPLES, False),
    "trig": (RdfFormat.TRIG, True), "nq": (RdfFormat.N_QUADS, True), "jsonld": (RdfFormat.JSON_LD, True),
}
#: every distinct triple of the store, whatever graph states it
ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "json-ld": "jsonld"}


def _quads(triples: Iterable[Triple], graph: NamedNode, cache: dict[str, NamedNode]) -> list[Quad]:
    def node(iri: str) -> NamedNode:
        n = cache.get(iri)
        if n is None:
            n = cache[iri] = NamedNode(iri)
        return n

    out = []
    for s, p, o in triples:
        if isinstance(o, Lit):
            obj = Literal(o.value) if o.datatype == V.XSD + "string" else Literal(o.value, datatype=node(o.datatype))
        else:
            obj = node(o)
        out.append(Quad(node(s), node(p), obj, graph))
    return out


def to_quads(g: PolicyGraph) -> dict[str, list[Quad]]:
    """Named graph name -> pyoxigraph quads of the projection of ``g``."""
    cache: dict[str, NamedNode] = {}
    return {name: _quads(triples, NamedNode(graph_iri(name)), cache) for name, triples in project(g).items()}


def to_nquads(parts: Mapping[str, Iterable[Triple]]) -> bytes:
    """N-Quads of projected triples per named graph (:func:`policykg.stores.rdf_mapping.project`).

    ``policykg build``'s worker processes send a document's graph to the store this way.
    """
    cache: dict[str, NamedNode] = {}
    return serialize((q for name, triples in parts.items()
                      for q in _quads(triples, NamedNode(graph_iri(name)), cache)), None, RdfFormat.N_QUADS)


def _convert(source: Path, source_fmt: str, out: Path, fmt: str) -> None:
    """Re-serialise an N-Triples / N-Quads file as ``fmt``, streaming (the statement order is kept)."""
    tmp = out.with_name(out.name + ".tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    quads = parse(path=str(source), format=RDF_FORMATS[source_fmt][0])
    if fmt == "jsonld":
        with open(tmp, "wb") as fh:
            write_jsonld(quads, fh)
    else:
        serialize(quads, str(tmp), RDF_FORMATS[fmt][0], prefixes=dict(V.PREFIXES) if fmt in ("ttl", "trig") else None)
    tmp.replace(out)


def merge_nquads(source: str | Path, out: str | Path) -> int:
    """Write the distinct triples of an N-Quads file (graph names dropped) as N-Triples; return how many.

    Two streaming passes: 16-byte digests of every triple, then the first
    occurrence of each is written, in file order.  No store is read.
    """
    import hashlib

    import numpy as np

    source, out = Path(source), Path(out)
    marker = b" <" + GRAPH_BASE.encode("utf-8")

    def triples() -> Iterator[bytes]:
        with open(source, "rb") as fh:
            for line in fh:
                body = line.rstrip(b"\r\n")
                if not body.endswith(b" .") or not body.strip():
                    continue
                head, sep, graph = body[:-2].rpartition(marker)
                yield (head if sep and b" " not in graph else body[:-2]) + b" .\n"

    digests = bytearray()
    for t in triples():
        digests += hashlib.blake2b(t, digest_size=16).digest()
    if not digests:
        out.write_bytes(b"")
        return 0
    keys = np.frombuffer(bytes(digests), dtype=np.uint64).reshape(-1, 2)
    _, first = np.unique(keys, axis=0, return_index=True)
    keep = np.zeros(len(keys), dtype=bool)
    keep[first] = True
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.writelines(t for t, k in zip(triples(), keep.tolist()) if k)
    tmp.replace(out)
    return int(keep.sum())


def write_formats(targets: Mapping[str, str | Path], write_base: Any) -> dict[str, float]:
    """Write ``{fmt: path}`` from the two base formats: ``nt`` (then ``ttl`` converted from it) and
    ``nq`` (then ``trig`` and ``jsonld``).

    ``write_base(fmt, path, wanted)`` writes a base format to ``path`` and returns None, or (when the
    base itself is not ``wanted``) may return an existing file to convert from instead.  Seconds per
    format, a base written only to convert from included."""
    fmts = {ALIASES.get(f.lower(), f.lower()): Path(p) for f, p in targets.items()}
    for f, path in fmts.items():
        if f not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {f!r}; use one of {', '.join(RDF_FORMATS)}")
        path.parent.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    for base, derived in (("nt", ("ttl",)), ("nq", ("trig", "jsonld"))):
        wanted = [f for f in (base, *derived) if f in fmts]
        if not wanted:
            continue
        with tempfile.TemporaryDirectory(dir=fmts[wanted[0]].parent) as tmp:
            source = fmts.get(base) or Path(tmp) / f"source.{base}"
            t0 = time.perf_counter()
            made = write_base(base, source, base in fmts)
            if made is None:
                seconds[base] = time.perf_counter() - t0
            else:  # an existing file to convert from: nothing written
                source = made
            for f in derived:
                if f in fmts:
                    t0 = time.perf_counter()
                    _convert(source, base, fmts[f], f)
                    seconds[f] = time.perf_counter() - t0
    return seconds


def export_nquads(source: str | Path, targets: Mapping[str, str | Path]) -> dict[str, float]:
    """Write the exports ``{fmt: path}`` from an N-Quads file of the whole store; seconds per format.

    ``policykg build`` writes that file as the graphs stream into the store, so
    its exports never read the (slow to scan) on-disk store back: ``nq`` is the
    file, ``nt`` its distinct triples (:func:`merge_nquads`), ``ttl`` converted
    from those, ``trig`` and ``jsonld`` converted from the file.
    """
    import shutil

    source = Path(source)

    def write_base(fmt: str, path: Path, wanted: bool) -> Path | None:
        if fmt == "nt":
            merge_nquads(source, path)
        elif wanted:
            shutil.copyfile(source, path)
        else:  # only converted from: the file itself
            return source
        return None

    return write_formats(targets, write_base)


_MERGED = ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
           "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")


def dump_store(store: Store, fmt: str, path: str | Path | None = None) -> bytes | None:
    """Serialise a pyoxigraph ``store``: ``ttl``/``nt`` (all graphs merged), ``trig``/``nq`` (named graphs kept),
    ``jsonld`` (named graphs kept, compacted with the vocabulary's prefixes: :mod:`policykg.stores.jsonld`).

    Writes to ``path`` (returns None) or returns the bytes.
    """
    fmt = ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in RDF_FORMATS:
        raise StoreError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    rdf_format, keeps_graphs = RDF_FORMATS[fmt]
    prefixes = dict(V.PREFIXES) if fmt in ("ttl", "trig") else None
    out = Path(path) if path is not None else None
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp") if out is not None else None
    target: Any = io.BytesIO() if tmp is None else open(tmp, "wb")  # noqa: SIM115 - closed below
    try:  # streamed from the store: nothing is held in memory but the output buffer (and a JSON-LD graph)
        if fmt == "jsonld":
            write_jsonld(store.quads_for_pattern(None, None, None, None), target)
        elif keeps_graphs:
            store.dump(target, rdf_format, prefixes=prefixes)
        else:
            serialize(store.query(_MERGED), target, rdf_format, prefixes=prefixes)
    finally:
        if tmp is not None:
            target.close()
    if tmp is None:
        return target.getvalue()
    tmp.replace(out)
    return None


_INTEGER = {V.XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "unsignedInt", "unsignedLong")}
_FLOAT = {V.XSD + t for t in ("decimal", "double", "float")}


def term(value: Any) -> NamedNode | Literal | BlankNode:
    if isinstance(value, (NamedNode, Literal, BlankNode)):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(V.XSD + "boolean"))
    if isinstance(value, (int, float, str)):
        return Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} ({value!r}) in SPARQL; use a string or a number")


_XSD_STRING = NamedNode(V.XSD + "string")
_XSD_BOOLEAN = NamedNode(V.XSD + "boolean")
_INTEGER_NODES = frozenset(NamedNode(t) for t in _INTEGER)
_FLOAT_NODES = frozenset(NamedNode(t) for t in _FLOAT)


def python_value(term: Any) -> Any:
    """A plain Python value for an RDF term: numbers, booleans, strings (IRIs as strings), None.

    Examples
    --------
    >>> python_value(Literal("12", datatype=NamedNode(V.XSD + "integer"))), python_value(Literal("市工信局"))
    (12, '市工信局')
    >>> python_value(NamedNode("https://w3id.org/policykg/x")), python_value(None)
    ('https://w3id.org/policykg/x', None)
    """
    # Datatypes compared as NamedNodes (no string built per value): result rows convert
    # tens of thousands of terms, and this is the hot loop of every SELECT.
    if isinstance(term, Literal):
        dt = term.datatype
        if dt == _XSD_STRING:
            return term.value
        value = term.value
        try:
            if dt in _INTEGER_NODES:
                return int(value)
            if dt in _FLOAT_NODES:
                return float(value)
        except ValueError:
            return value
        if dt == _XSD_BOOLEAN:
            return value in ("true", "1")
        return value
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return str(term)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdflib_graph(quads: Iterable[Quad]):  # noqa: ANN201 - rdflib imported lazily
    """The triples of ``quads`` (every graph merged) as one rdflib ``Graph``.

    Built term by term, each distinct term made once (about twice as fast as parsing their N-Triples);
    ``xsd:string`` literals are plain, as rdflib parses them.
    """
    import rdflib

    made: dict[Any, Any] = {}

    def convert(t: Any) -> Any:
        out = made.get(t)
        if out is None:
            if isinstance(t, NamedNode):
                out = rdflib.URIRef(t.value)
            elif isinstance(t, Literal):
                dt = t.datatype.value if t.datatype is not None else None
                out = rdflib.Literal(t.value, lang=t.language) if t.language else rdflib.Literal(
                    t.value, datatype=None if dt in (None, _XSD_STRING) else rdflib.URIRef(dt))
            else:
                out = rdflib.BNode(t.value)
            made[t] = out
        return out

    graph = rdflib.Graph()
    add = graph.add
    for q in quads:
        add((convert(q.subject), convert(q.predicate), convert(q.object)))
    return graph
