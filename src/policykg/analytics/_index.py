"""One pass over a graph's edges, shared by the analytics functions (private)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from policykg.graph.keys import key_for
from policykg.graph.model import Edge, Node, PolicyGraph

__all__ = ["Index", "index"]


@dataclass
class Index:
    """Edges by type, and who is responsible for what, of one graph."""

    g: PolicyGraph
    by_type: dict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    #: measure key -> [(agency key, role)]
    responsible: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    #: agency key -> measure keys
    measures_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: funding key -> measure key
    measure_of_funding: dict[str, str] = field(default_factory=dict)
    #: policy key -> jurisdiction key
    jurisdiction_of: dict[str, str] = field(default_factory=dict)

    def policy_of(self, measure: Node) -> str:
        """The doc id of a measure's policy."""
        return measure.get("policy") or measure.graph

    def policy_title(self, doc_id: str) -> str:
        node = self.g.nodes.get(key_for("Policy", doc_id))
        return node.name if node is not None else doc_id

    def name(self, key: str) -> str:
        node = self.g.nodes.get(key)
        return node.name if node is not None else key


def index(g: PolicyGraph) -> Index:
    """Index ``g`` in one pass over its edges."""
    ix = Index(g)
    for e in g.edges.values():
        ix.by_type[e.type].append(e)
    for edges in ix.by_type.values():
        edges.sort(key=lambda e: e.key)
    for e in ix.by_type["RESPONSIBLE_FOR"]:
        ix.responsible[e.dst].append((e.src, e.get("role") or "co"))
        ix.measures_of[e.src].add(e.dst)
    for e in ix.by_type["HAS_FUNDING"]:
        ix.measure_of_funding[e.dst] = e.src
    for e in ix.by_type["IN_JURISDICTION"]:
        src = g.nodes.get(e.src)
        if src is not None and src.label == "Policy":
            ix.jurisdiction_of[e.src] = e.dst
    return ix
