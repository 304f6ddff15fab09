"""The graph layer: one in-memory model built from documents, and its projections."""
from policykg.graph.build import add_document, build_graph, finalize, remove_document
from policykg.graph.keys import iri_for_key, key_for
from policykg.graph.model import COMMON, DERIVED, EDGE_TYPES, NODE_LABELS, Edge, Node, PolicyGraph

__all__ = [
    "COMMON", "DERIVED", "EDGE_TYPES", "NODE_LABELS", "Edge", "Node", "PolicyGraph",
    "add_document", "build_graph", "finalize", "remove_document", "iri_for_key", "key_for",
]
