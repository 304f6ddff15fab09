"""The graph layer: the in-memory model, document -> graph, and the corpus-wide derivations.

* :mod:`~policykg.graph.model` (:class:`PolicyGraph`, :class:`Node`, :class:`Edge`) and
  :mod:`~policykg.graph.keys`: the model;
* :mod:`~policykg.graph.build`: one document's facts as nodes and edges (:func:`add_document`);
* :mod:`~policykg.graph.derivations`: what needs the whole corpus, computed by :func:`derive`
  (agency jurisdictions, resolved citations, overlaps from :mod:`~policykg.graph.overlap`,
  co-responsibility);
* :mod:`~policykg.graph.nx`: the networkx views.
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "COMMON", "DERIVED", "EDGE_TYPES", "NODE_LABELS", "Edge", "Node", "PolicyGraph",
    "add_document", "build_graph", "derive", "merge_document", "remove_document", "iri_for_key", "key_for",
]

#: name -> the module defining it, imported on first use: reading a store (``policykg query``) needs the
#: model and the keys, not the document -> graph step nor the derivations
_LAZY = {
    **dict.fromkeys(("add_document", "build_graph", "merge_document", "remove_document"), "policykg.graph.build"),
    "derive": "policykg.graph.derivations",
    **dict.fromkeys(("iri_for_key", "key_for"), "policykg.graph.keys"),
    **dict.fromkeys(("COMMON", "DERIVED", "EDGE_TYPES", "NODE_LABELS", "Edge", "Node", "PolicyGraph"),
                    "policykg.graph.model"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
