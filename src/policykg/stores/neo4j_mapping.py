"""The Neo4j projection of the graph model: property values, parameter rows and the Cypher statements.

Where a model node becomes a Neo4j node (:func:`node_row`) and an edge a relationship (:func:`edge_row`).
The loader (:class:`policykg.stores.neo4j.Neo4jStore`) and the offline exports
(:mod:`policykg.stores.neo4j_export`) run these statements; this module does not import the driver.

Mapping (a direct projection of the model)
------------------------------------------
* each :class:`~policykg.graph.model.Node` becomes ``(:<label> {key, name, graph, ...props})``;
  ``graph`` is the named graph (document id, ``"common"`` or ``"derived"``);
* each :class:`~policykg.graph.model.Edge` becomes a relationship of type ``Edge.type``
  with ``{graph, ...props}``;
* property values: strings, numbers and booleans as they are; non-empty lists
  of one primitive type stay lists; anything else (mixed lists, dicts, ...)
  becomes a JSON string; ``None`` and empty lists are not stored (Neo4j has no
  null properties and cannot type an empty list).

Nodes are merged on ``key`` (one uniqueness constraint per label,
``schema/neo4j_constraints.cypher``, plus a full-text index with the ``cjk``
analyzer on names and titles); shared relationships are merged on (source key,
type, target key, graph); those of a document batch and of ``derived`` are
created, once their graph's old relationships are deleted, so a row costs the
same however many relationships are loaded (issue 18: the MERGE of each derived
edge scanned every derived edge merged before it).  Labels and relationship types cannot be query parameters:
they are checked against :data:`~policykg.graph.model.NODE_LABELS` and
:data:`~policykg.graph.model.EDGE_TYPES` before being written into the query
text; every value is a parameter.  No APOC.

Examples
--------
>>> node_row(Node("agency:x", "Agency", "x", {"function": ["a", "b"], "extra": {"k": 1}}, "common"))
{'key': 'agency:x', 'props': {'extra': '{"k": 1}', 'function': ['a', 'b'], 'key': 'agency:x', 'name': 'x', 'graph': 'common', 'caption': 'x'}}
>>> checked_label("Agency"), checked_type("PART_OF")
('Agency', 'PART_OF')
>>> checked_label("Agency) DETACH DELETE (n")
Traceback (most recent call last):
...
policykg.errors.QueryError: 'Agency) DETACH DELETE (n' is not a node label of the schema (...)
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any, Iterable, Iterator, Sequence

from policykg.errors import QueryError
from policykg.graph.model import COMMON, DERIVED, EDGE_TYPES, NODE_LABELS, Edge, Node, PolicyGraph
from policykg.schema.vocab import neo4j_constraints

__all__ = [
    "node_row", "edge_row", "to_neo4j_value", "checked_label", "checked_type", "schema_statements",
    "node_merge_cypher", "edge_merge_cypher", "edge_create_cypher", "delete_graphs_cypher", "gc_cypher",
    "partition", "doc_batches", "name_docs", "chunks", "scrub", "version_tuple", "plain", "merge_nodes", "FIXED", "KEEP_PLAN",
    "funding_caption", "caption_text", "node_caption", "display_statements", "display_props", "fulltext_properties",
    "cypher_statements",
]

FIXED = [COMMON, DERIVED]
#: relationship types whose shared (``common``) instances keep their target in use
_CONTAINMENT = ("PART_OF", "IN_JURISDICTION")
#: load statements keep their first plan: the database grows during a load, and replanning the
#: same statements as statistics change costs more than it saves (all are index seeks anyway)
KEEP_PLAN = "CYPHER replan=skip "

_PRIMITIVES = (str, bool, int, float)


def to_neo4j_value(value: Any) -> Any:
    """A model property value as a Neo4j property value (``None`` means: do not store).

    >>> to_neo4j_value((1, 2)), to_neo4j_value((1, "a")), to_neo4j_value(2**70), to_neo4j_value(())
    ([1, 2], '[1, "a"]', '1180591620717411303424', None)
    """
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, (list, tuple)):
        if not value:  # Neo4j cannot tell an empty list's type; not stored, like None
            return None
        kinds = {type(v) for v in value}
        if len(kinds) <= 1 and kinds <= set(_PRIMITIVES) and all(
                not isinstance(v, int) or isinstance(v, bool) or -(2**63) <= v < 2**63 for v in value):
            return list(value)
        return json.dumps(list(value), ensure_ascii=False, sort_keys=True, default=str)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _props(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    out = {}
    for k, v in pairs:
        v = to_neo4j_value(v)
        if v is not None:
            out[k] = v
    return out


def _yuan(value: float) -> str:
    for unit, size in (("亿元", 1e8), ("万元", 1e4)):
        if abs(value) >= size:
            return f"{value / size:.4f}".rstrip("0").rstrip(".") + unit
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def funding_caption(props: dict[str, Any]) -> str | None:
    """What a Funding node shows in the Neo4j Browser: its one amount and its condition.

    The node's name is the text the amount was read from, which may hold several tiers
    (``50、30万元``); the caption says which one this node is.

    >>> funding_caption({"kind": "cap", "value_yuan": 5e6, "condition": "单次"})
    '最高500万元 · 单次'
    >>> funding_caption({"kind": "fixed", "value_yuan": 3e5, "condition": "省级"}), funding_caption({"kind": "ratio", "ratio": 0.5})
    ('30万元 · 省级', '比例50%')
    >>> funding_caption({"kind": "total", "value_yuan": 1.5e8}), funding_caption({"kind": "cap"})
    ('总额1.5亿元', None)
    """
    kind, value, ratio = props.get("kind"), props.get("value_yuan"), props.get("ratio")
    if kind == "ratio" and ratio is not None:
        amount = "比例" + f"{ratio * 100:.2f}".rstrip("0").rstrip(".") + "%"
    elif value is not None:
        amount = {"cap": "最高", "total": "总额"}.get(kind or "", "") + _yuan(float(value))
    else:
        return None
    condition = props.get("condition")
    return f"{amount} · {condition}" if condition else amount


_BREAK_AFTER = frozenset("市区县省局委会厅部办和的与及、，,）)》")
#: kept whole: Latin words and numbers, and words a break character would cut (区块链 is no district)
_CAPTION_TOKEN = re.compile(r"区块链|[A-Za-z0-9][A-Za-z0-9.~%/-]*|.")


def caption_text(text: str | None, width: int = 4) -> str | None:
    """``text`` with a space between short groups of characters, so the Browser can wrap it in its circle.

    The Browser breaks a caption at spaces only and cuts a longer word with an ellipsis: a Chinese
    name, which has none, showed as its first five characters.  Groups end after a place or body
    character (市, 局, 委, 和 …) or after ``width`` characters; a text with spaces is left as it is.

    >>> caption_text("苏州市工业和信息化局"), caption_text("加快核心技术突破"), caption_text("最高500万元 · 单次")
    ('苏州市 工业和 信息化局', '加快核心 技术突破', '最高500万元 · 单次')
    >>> caption_text("加强区块链人才引育")
    '加强 区块链 人才引育'

    """
    if not text or " " in text:
        return text
    groups: list[str] = []
    run = ""
    for token in _CAPTION_TOKEN.findall(text):
        if not run and groups and token in "、，,）)》":
            groups[-1] += token
            continue
        if len(token) > 1 and run and len(run) + len(token) > width and run[-1] not in "([（《":
            groups.append(run)
            run = ""
        run += token
        if len(run) >= width or (len(run) >= 2 and token[-1] in _BREAK_AFTER) or (len(token) > 1 and
                                                                                  not token.isascii()):
            groups.append(run)
            run = ""
    if run:
        if groups and len(run) == 1:
            groups[-1] += run
        else:
            groups.append(run)
    return " ".join(groups)


def node_caption(label: str, props: dict[str, Any]) -> str | None:
    """What a node shows in the Browser (``caption``): an amount's value and condition, a policy's or a
    measure's title, else its name; wrapped by :func:`caption_text`.  A Document's is set after loading,
    to its policy's (:func:`display_statements`)."""
    if label == "Funding":
        text = funding_caption(props) or props.get("name")
    elif label in ("Policy", "Measure", "Citation"):
        text = props.get("title") or props.get("name")
    elif label == "Document":
        text = props.get("doc_id") or props.get("name")
    else:
        text = props.get("name")
    return caption_text(str(text)) if text not in (None, "") else None


def node_row(node: Node) -> dict[str, Any]:
    """The parameter row of one node: ``{"key", "props"}`` (props include key, name and graph).

    Every node also gets ``caption`` (:func:`node_caption`), what the Browser's style sheet shows.
    """
    props = _props(node.props)
    props.update(key=node.key, name=node.name, graph=node.graph)
    caption = node_caption(node.label, props)
    if caption:
        props["caption"] = caption
    if node.name is None:
        del props["name"]
    return {"key": node.key, "props": props}


def edge_row(edge: Edge) -> dict[str, Any]:
    """The parameter row of one edge: ``{"src", "dst", "graph", "props"}`` (props include graph)."""
    props = _props(edge.props)
    props["graph"] = edge.graph
    return {"src": edge.src, "dst": edge.dst, "graph": edge.graph, "props": props}


def checked_label(label: str) -> str:
    """``label`` if it is one of :data:`NODE_LABELS` (it goes into query text), else QueryError."""
    if label not in NODE_LABELS:
        raise QueryError(f"{label!r} is not a node label of the schema ({', '.join(NODE_LABELS)})")
    return label


def checked_type(type_: str) -> str:
    """``type_`` if it is one of :data:`EDGE_TYPES` (it goes into query text), else QueryError."""
    if type_ not in EDGE_TYPES:
        raise QueryError(f"{type_!r} is not a relationship type of the schema ({', '.join(EDGE_TYPES)})")
    return type_


def node_merge_cypher(label: str) -> str:
    """``UNWIND $rows MERGE`` of nodes of one label (rows from :func:`node_row`)."""
    return f"UNWIND $rows AS row MERGE (n:`{checked_label(label)}` {{key: row.key}}) SET n = row.props"


def edge_merge_cypher(type_: str, src_label: str, dst_label: str) -> str:
    """``UNWIND $rows MERGE`` of relationships of one type between two labels; returns ``n`` merged."""
    return (f"UNWIND $rows AS row "
            f"MATCH (a:`{checked_label(src_label)}` {{key: row.src}}) "
            f"MATCH (b:`{checked_label(dst_label)}` {{key: row.dst}}) "
            f"MERGE (a)-[r:`{checked_type(type_)}` {{graph: row.graph}}]->(b) SET r = row.props "
            f"RETURN count(r) AS n")


def edge_create_cypher(type_: str, src_label: str, dst_label: str) -> str:
    """``UNWIND $rows CREATE`` of relationships of one type between two labels; returns ``n`` created.

    For relationships of a named graph just deleted (a document batch, ``derived``): no lookup of
    existing relationships, so the cost of a row does not grow with the relationships already loaded.
    """
    return (f"UNWIND $rows AS row "
            f"MATCH (a:`{checked_label(src_label)}` {{key: row.src}}) "
            f"MATCH (b:`{checked_label(dst_label)}` {{key: row.dst}}) "
            f"CREATE (a)-[r:`{checked_type(type_)}`]->(b) SET r = row.props "
            f"RETURN count(r) AS n")


def cypher_statements(text: str) -> list[str]:
    """The statements of a schema script (``;`` separated, ``//`` comment lines dropped wherever they are).

    >>> cypher_statements("// header\\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.k);\\n// note\\nRETURN 1;")
    ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.k)', 'RETURN 1']
    """
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def schema_statements() -> list[str]:
    """Constraints and indexes: ``neo4j_constraints.cypher`` plus range indexes on ``graph``.

    The ``graph`` indexes make replacing one document's facts an index seek.
    """
    out = cypher_statements(neo4j_constraints())
    for label in NODE_LABELS:
        out.append(f"CREATE INDEX policykg_{label.lower()}_graph IF NOT EXISTS FOR (n:`{label}`) ON (n.graph)")
    for type_ in EDGE_TYPES:
        out.append(f"CREATE INDEX policykg_{type_.lower()}_graph IF NOT EXISTS "
                   f"FOR ()-[r:`{type_}`]-() ON (r.graph)")
    return out


def display_statements() -> list[str]:
    """Statements setting what the Browser shows and searches, run after every load and removal.

    * ``Agency.aliases``: the names the documents write the agency by (市工信局 for
      苏州市工业和信息化局), the ``as_written`` of its RESPONSIBLE_FOR relationships other than its
      name, sorted; absent when there is none.  The full-text index ``policykg_names`` covers them.
    * ``Document.caption``: the caption of the policy read from it, its title (the node's name is a file path).

    Both depend on other documents' facts (a shared agency), so they are recomputed over the
    database rather than loaded with a document.
    """
    return [
        "MATCH (a:Agency) WITH a, COLLECT { MATCH (a)-[r:RESPONSIBLE_FOR]->() "
        "WHERE r.as_written IS NOT NULL AND r.as_written <> a.name "
        "RETURN DISTINCT r.as_written AS w ORDER BY w } AS names "
        "SET a.aliases = CASE WHEN size(names) = 0 THEN null ELSE names END",
        "MATCH (d:Document) OPTIONAL MATCH (p:Policy)-[:DERIVED_FROM]->(d) WITH d, min(p.caption) AS title "
        "WHERE title IS NOT NULL SET d.caption = title",
    ]


def display_props(graph: PolicyGraph) -> dict[str, dict[str, Any]]:
    """What :func:`display_statements` sets, computed from a whole graph: node key -> properties.

    For exports of a whole graph (the ``neo4j-admin`` CSVs), which no statement runs after.
    """
    written: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, list[str]] = defaultdict(list)
    for e in graph.edges.values():  # one pass: the graph has no index of edges by node
        if e.type == "RESPONSIBLE_FOR" and e.get("as_written") not in (None, graph.nodes[e.src].name):
            written[e.src].add(e.get("as_written"))
        elif e.type == "DERIVED_FROM":
            src = graph.nodes[e.src]
            caption = node_caption(src.label, {"name": src.name, **dict(src.props)})
            if caption:
                titles[e.dst].append(caption)
    out: dict[str, dict[str, Any]] = {k: {"aliases": sorted(names)} for k, names in written.items()}
    for key, captions in titles.items():
        out[key] = {"caption": min(captions)}
    return out


def fulltext_properties(statement: str) -> list[str] | None:
    """The properties a ``CREATE FULLTEXT INDEX`` statement indexes (None for another statement).

    >>> fulltext_properties("CREATE FULLTEXT INDEX x IF NOT EXISTS FOR (n:A|B) ON EACH [n.name, n.aliases] OPTIONS {}")
    ['name', 'aliases']
    """
    if not statement.lstrip().upper().startswith("CREATE FULLTEXT INDEX"):
        return None
    inside = statement.split("ON EACH", 1)[1].split("[", 1)[1].split("]", 1)[0]
    return [p.strip().split(".", 1)[1] for p in inside.split(",")]


def _schema_name(statement: str) -> str | None:
    """The name a ``CREATE ... name IF NOT EXISTS`` statement gives its constraint or index.

    >>> _schema_name("CREATE FULLTEXT INDEX policykg_names IF NOT EXISTS FOR (n:A) ON EACH [n.name]")
    'policykg_names'
    """
    words = statement.split()
    return words[words.index("IF") - 1] if "IF" in words else None


def _call(scope: bool, body: str) -> str:
    """A unit subquery: ``CALL () {...}`` (Neo4j 5.23+) or the older ``CALL {...}``."""
    return ("CALL () { " if scope else "CALL { ") + body + " }"


def delete_graphs_cypher(scope: bool = True) -> str:
    """One statement deleting every node and relationship whose ``graph`` is in ``$graphs``.

    One subquery per label and type, so each is an index seek on ``graph``.
    """
    parts = [_call(scope, f"MATCH (n:`{label}`) WHERE n.graph IN $graphs DETACH DELETE n") for label in NODE_LABELS]
    parts += [_call(scope, f"MATCH ()-[r:`{t}`]->() WHERE r.graph IN $graphs DELETE r") for t in EDGE_TYPES]
    return "\n".join(parts)


def gc_cypher(scope: bool = True) -> str:
    """One statement deleting shared nodes no document uses; returns ``n`` deleted (module docstring)."""
    parts = []
    for i, label in enumerate(NODE_LABELS):
        parts.append(_call(scope, (
            f"MATCH (n:`{label}`) WHERE n.graph = $common "
            "AND NOT EXISTS { MATCH (n)-[r]-() WHERE NOT r.graph IN $fixed } "
            f"AND NOT EXISTS {{ MATCH (m)-[:{'|'.join(_CONTAINMENT)}*1..12]->(n) "
            "WHERE EXISTS { MATCH (m)-[r2]-() WHERE NOT r2.graph IN $fixed } } "
            f"DETACH DELETE n RETURN count(*) AS n{i}")))
    return "\n".join(parts) + "\nRETURN " + " + ".join(f"n{i}" for i in range(len(NODE_LABELS))) + " AS n"


def chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), max(1, size)):
        yield rows[i:i + size]



def partition(graph: PolicyGraph) -> dict[str, tuple[list[Node], list[Edge]]]:
    parts: dict[str, tuple[list[Node], list[Edge]]] = {}
    for d in graph.documents:
        parts.setdefault(d, ([], []))
    for n in graph.nodes.values():
        parts.setdefault(n.graph, ([], []))[0].append(n)
    for e in graph.edges.values():
        parts.setdefault(e.graph, ([], []))[1].append(e)
    return parts


def doc_batches(docs: list[str], parts: dict[str, tuple[list[Node], list[Edge]]],
                 batch_size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    rows = 0
    for d in docs:
        size = len(parts[d][0]) + len(parts[d][1])
        if batch and rows + size > batch_size:
            yield batch
            batch, rows = [], 0
        batch.append(d)
        rows += size
    if batch:
        yield batch


def name_docs(batch: Sequence[str]) -> str:
    shown = ", ".join(batch[:5])
    return shown + (f" and {len(batch) - 5} more" if len(batch) > 5 else "")


def scrub(text: str, secret: str | None) -> str:
    if secret and len(secret) >= 3:
        text = text.replace(secret, "***")
    return text


def version_tuple(version: str) -> tuple[int, ...]:
    """``"5.26.30"`` -> ``(5, 26, 30)``; unknown versions count as new.

    >>> version_tuple("5.26.30"), version_tuple("5.20.0-aura"), version_tuple("")
    ((5, 26, 30), (5, 20, 0), (99,))
    """
    nums = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit()) if part[:1].isdigit() else ""
        if not digits:
            break
        nums.append(int(digits))
        if not part.isdigit():
            break
    return tuple(nums) or (99,)


def plain(value: Any) -> Any:
    """Driver values as plain Python (temporal values as ISO strings, graph entities as dicts)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "element_id") and hasattr(value, "items"):  # a driver Node or Relationship
        return {k: plain(v) for k, v in value.items()}
    return value


def merge_nodes(tx: Any, nodes: list[Node], batch_size: int) -> None:
    """MERGE ``nodes`` on their key in the transaction ``tx``, ``batch_size`` rows per statement."""
    by_label: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(n)
    for label in sorted(by_label):
        statement = KEEP_PLAN + node_merge_cypher(label)
        rows = [node_row(n) for n in sorted(by_label[label], key=lambda n: n.key)]
        for chunk in chunks(rows, batch_size):
            tx.run(statement, rows=list(chunk)).consume()
