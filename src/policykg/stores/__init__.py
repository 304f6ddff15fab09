"""Where the graph model goes: stores, their mappings, and the export files.

Every store holds the projection of a :class:`~policykg.graph.model.PolicyGraph`, one named graph
per document plus ``common`` (shared entities) and ``derived`` (corpus-wide edges), and implements
the small :class:`GraphStore` protocol that :func:`policykg.pipeline.run` writes through:

========================================  =================================================  =====================
store                                     module (the only one importing its library)        mapping
========================================  =================================================  =====================
embedded RDF store (pyoxigraph)           :mod:`policykg.stores.rdf` (+ :mod:`~.rdf_io`)      :mod:`~.rdf_mapping`
Neo4j (official driver)                   :mod:`~.neo4j_connect` (+ :mod:`~.neo4j`)          :mod:`~.neo4j_mapping`
remote SPARQL Graph Store Protocol        :mod:`policykg.stores.gsp` (standard library)       :mod:`~.rdf_mapping`
========================================  =================================================  =====================

Also here: the store directory that ``policykg build`` writes (:mod:`~.directory`, kept whole by
:mod:`~.integrity`), the bulk loader of the RDF store (:mod:`~.bulk`), the export serialisers
(:mod:`~.rdf_io`, :mod:`~.jsonld`, :mod:`~.neo4j_export`), SHACL validation (:mod:`~.shacl`) and the
read-only SPARQL server (:mod:`~.serve`, with :mod:`~.serve_http` and :mod:`~.serve_query`).

Examples
--------
>>> from policykg.stores.rdf import RDFStore
>>> isinstance(RDFStore(), GraphStore)
True
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol, runtime_checkable

from policykg.graph.model import PolicyGraph

__all__ = ["GraphStore"]


@runtime_checkable
class GraphStore(Protocol):
    """What every store does, whatever holds it.

    A store keeps one named graph per document; ``put_documents`` replaces exactly the graphs of the
    documents it is given (and upserts the shared entities they use), ``remove_documents`` drops
    graphs and the shared entities no document uses any more, and ``replace_derived`` replaces the
    corpus-wide edges with those of a graph computed over the whole corpus.
    """

    def documents(self) -> list[str]:
        """The ids of the documents the store holds, sorted."""
        ...

    def put_documents(self, graph: PolicyGraph) -> Any:
        """Replace the named graphs of ``graph``'s documents with its facts."""
        ...

    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        """Drop these documents' named graphs (those the store holds)."""
        ...

    def replace_derived(self, graph: PolicyGraph) -> None:
        """Replace the corpus-wide graph (``derived``) with ``graph``'s."""
        ...

    def counts(self) -> dict[str, Any]:
        """What the store holds, counted (the shape is the store's own)."""
        ...

    def close(self) -> None:
        """Release the store (idempotent)."""
        ...
