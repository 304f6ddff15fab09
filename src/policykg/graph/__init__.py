"""The graph layer: the in-memory model, document -> graph, and the corpus-wide derivations.

* :mod:`~policykg.graph.model` (:class:`PolicyGraph`, :class:`Node`, :class:`Edge`) and
  :mod:`~policykg.graph.keys`: the model;
* :mod:`~policykg.graph.build`: one document's facts as nodes and edges (:func:`add_document`);
* :mod:`~policykg.graph.derivations`: what needs the whole corpus, computed by :func:`derive`
  (agency jurisdictions, resolved citations, overlaps from :mod:`~policykg.graph.overlap`,
  co-responsibility);
* :mod:`~policykg.graph.nx`: the networkx views.
"""
from policykg.graph.build import add_document, build_graph, merge_document, remove_document
from policykg.graph.derivations import derive
from policykg.graph.keys import iri_for_key, key_for
from policykg.graph.model import COMMON, DERIVED, EDGE_TYPES, NODE_LABELS, Edge, Node, PolicyGraph

__all__ = [
    "COMMON", "DERIVED", "EDGE_TYPES", "NODE_LABELS", "Edge", "Node", "PolicyGraph",
    "add_document", "build_graph", "derive", "merge_document", "remove_document", "iri_for_key", "key_for",
]
