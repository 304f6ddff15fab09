"""The one in-memory graph model: typed nodes and edges with deterministic keys.

Every store is a projection of a :class:`PolicyGraph`: RDF (:mod:`policykg.stores.rdf`),
Neo4j (:mod:`policykg.stores.neo4j`), networkx (:mod:`policykg.graph.nx`) and the
HTML views.  Keys are derived from content (document id, normalised names),
never random, so building the same documents twice gives the same graph.

Each node and edge belongs to a *named graph*: the id of the document that
states it, or :data:`COMMON` for entities shared across documents (agencies,
jurisdictions, enterprises, platforms, programs), or :data:`DERIVED` for
edges computed over the whole corpus (measure overlap, co-responsibility).

Examples
--------
>>> g = PolicyGraph()
>>> g.add_node(Node("agency:苏州市财政局", "Agency", "苏州市财政局", graph=COMMON))
>>> g.add_node(Node("agency:苏州市财政局", "Agency", "苏州市财政局", graph=COMMON))
>>> len(g.nodes)
1
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

__all__ = [
    "Node",
    "Edge",
    "PolicyGraph",
    "NODE_LABELS",
    "EDGE_TYPES",
    "LINK_EDGES",
    "COMMON",
    "DERIVED",
]

COMMON = "common"
DERIVED = "derived"
_CONTENT = frozenset({"nodes", "edges", "documents", "users"})

NODE_LABELS: tuple[str, ...] = (
    "Policy", "Measure", "Agency", "Jurisdiction", "Funding", "Enterprise", "Platform", "Program",
    "Person", "Proposal", "Citation", "Document",
)
#: edge type -> allowed (source labels, target labels)
EDGE_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ISSUED_BY": (("Policy",), ("Agency",)),
    "HAS_MEASURE": (("Policy",), ("Measure",)),
    "RESPONSIBLE_FOR": (("Agency",), ("Measure",)),
    "HAS_FUNDING": (("Measure",), ("Funding",)),
    "MENTIONS": (("Policy", "Measure"), ("Enterprise", "Platform", "Program")),
    "CITES": (("Policy",), ("Policy", "Citation")),
    "IN_JURISDICTION": (("Policy", "Agency"), ("Jurisdiction",)),
    "PART_OF": (("Jurisdiction", "Agency"), ("Jurisdiction", "Agency")),
    "REPLIES_TO": (("Policy",), ("Proposal",)),
    "PROPOSED_BY": (("Proposal",), ("Person",)),
    "NAMES_PERSON": (("Policy",), ("Person",)),
    "DERIVED_FROM": (("Policy",), ("Document",)),
    "OVERLAPS": (("Measure",), ("Measure",)),
    "CO_RESPONSIBLE": (("Agency",), ("Agency",)),
    # lifecycle links: to the Citation a document names, and (derived) to the corpus policy it resolves to
    "REPEALS": (("Policy",), ("Policy", "Citation")),
    "AMENDS": (("Policy",), ("Policy", "Citation")),
    "EXTENDS": (("Policy",), ("Policy", "Citation")),
    "IMPLEMENTS": (("Policy",), ("Policy", "Citation")),
}

#: a :class:`~policykg.schema.models.PolicyLink` kind -> its edge type
LINK_EDGES: dict[str, str] = {"repeals": "REPEALS", "amends": "AMENDS", "extends": "EXTENDS", "implements": "IMPLEMENTS"}


def _freeze(props: dict[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    if not props:
        return ()
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in props.items() if v is not None))


@dataclass(frozen=True, slots=True)
class Node:
    """A node: ``key`` is unique and deterministic, ``label`` one of :data:`NODE_LABELS`."""

    key: str
    label: str
    name: str
    props: tuple[tuple[str, Any], ...] = ()
    graph: str = COMMON

    def __post_init__(self) -> None:
        if self.label not in NODE_LABELS:
            raise ValueError(f"unknown node label {self.label!r}")
        if isinstance(self.props, dict):
            object.__setattr__(self, "props", _freeze(self.props))

    @property
    def properties(self) -> dict[str, Any]:
        """Name, key and props as one plain dict."""
        return {"key": self.key, "name": self.name, **dict(self.props)}

    def get(self, prop: str, default: Any = None) -> Any:
        return dict(self.props).get(prop, default)


@dataclass(frozen=True, slots=True)
class Edge:
    """A directed edge ``src -[type]-> dst``; ``props`` hold role, evidence, scores."""

    src: str
    type: str
    dst: str
    props: tuple[tuple[str, Any], ...] = ()
    graph: str = COMMON

    def __post_init__(self) -> None:
        if self.type not in EDGE_TYPES:
            raise ValueError(f"unknown edge type {self.type!r}")
        if isinstance(self.props, dict):
            object.__setattr__(self, "props", _freeze(self.props))

    @property
    def key(self) -> str:
        """Unique per (graph, src, type, dst): the same fact stated twice in a document is one edge."""
        return f"{self.graph}|{self.src}|{self.type}|{self.dst}"

    @property
    def properties(self) -> dict[str, Any]:
        return dict(self.props)

    def get(self, prop: str, default: Any = None) -> Any:
        return dict(self.props).get(prop, default)


@dataclass
class PolicyGraph:
    """Nodes and edges by key, with the documents they came from.

    A node added twice keeps the first; shared nodes (graph :data:`COMMON`)
    record every document that refers to them in :attr:`users`.  :attr:`version`
    changes with every change made through the methods, or by assigning
    ``nodes``, ``edges``, ``documents`` or ``users``; whoever edits those dicts
    in place calls :meth:`touch`.
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    documents: dict[str, Any] = field(default_factory=dict)  # doc_id -> PolicyDocument
    users: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in _CONTENT:
            self.touch()

    @property
    def version(self) -> int:
        """A counter that grows with every change: caches of the graph (its RDF store) key on it."""
        return self.__dict__.get("_version", 0)

    def touch(self) -> None:
        """Mark the graph changed (for edits made to :attr:`nodes`, :attr:`edges`... in place)."""
        self.__dict__["_version"] = self.version + 1

    # -- building -------------------------------------------------------------------
    def add_node(self, node: Node, *, used_by: str | None = None) -> None:
        self.touch()
        if node.key not in self.nodes:
            self.nodes[node.key] = node
        if used_by:
            self.users[node.key].add(used_by)

    def add_edge(self, edge: Edge) -> None:
        for end in (edge.src, edge.dst):
            if end not in self.nodes:
                raise KeyError(f"edge {edge.type} refers to unknown node {end!r}")
        src_ok, dst_ok = EDGE_TYPES[edge.type]
        if self.nodes[edge.src].label not in src_ok or self.nodes[edge.dst].label not in dst_ok:
            raise ValueError(f"{edge.type} cannot join {self.nodes[edge.src].label} to {self.nodes[edge.dst].label}")
        self.touch()
        self.edges.setdefault(edge.key, edge)

    def remove_graph(self, graph: str) -> None:
        """Drop every node and edge of one named graph, and shared nodes nobody uses any more."""
        self.touch()
        self.documents.pop(graph, None)
        self.nodes = {k: n for k, n in self.nodes.items() if n.graph != graph}
        self.edges = {k: e for k, e in self.edges.items() if e.graph != graph}
        for key in list(self.users):
            self.users[key].discard(graph)
        orphans = {k for k, n in self.nodes.items() if n.graph == COMMON and not self.users.get(k)}
        # keep jurisdictions and agency parents still reachable from used nodes
        self.nodes = {k: n for k, n in self.nodes.items() if k not in orphans}
        self.edges = {k: e for k, e in self.edges.items() if e.src in self.nodes and e.dst in self.nodes}

    # -- reading --------------------------------------------------------------------
    def by_label(self, label: str) -> list[Node]:
        """Nodes of one label, sorted by key."""
        return sorted((n for n in self.nodes.values() if n.label == label), key=lambda n: n.key)

    def edges_of(self, type_: str) -> list[Edge]:
        """Edges of one type, sorted by key."""
        return sorted((e for e in self.edges.values() if e.type == type_), key=lambda e: e.key)

    def out_edges(self, key: str, type_: str | None = None) -> Iterator[Edge]:
        return (e for e in self.edges.values() if e.src == key and (type_ is None or e.type == type_))

    def in_edges(self, key: str, type_: str | None = None) -> Iterator[Edge]:
        return (e for e in self.edges.values() if e.dst == key and (type_ is None or e.type == type_))

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and edge counts by type."""
        return {
            "nodes": dict(sorted(Counter(n.label for n in self.nodes.values()).items())),
            "edges": dict(sorted(Counter(e.type for e in self.edges.values()).items())),
        }

    def graphs(self) -> list[str]:
        """The named graphs present, sorted."""
        return sorted({n.graph for n in self.nodes.values()} | {e.graph for e in self.edges.values()})

    def __iter__(self) -> Iterable[Node]:
        return iter(self.nodes.values())
