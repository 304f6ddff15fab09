"""The Cypher statements of the Neo4j projection: merges and creates of parameter rows, the schema, deletes.

Labels and relationship types cannot be query parameters: :func:`checked_label` and
:func:`checked_type` check them against :data:`~policykg.graph.model.NODE_LABELS` and
:data:`~policykg.graph.model.EDGE_TYPES` before they are written into the query text; every
value is a parameter (rows from :func:`policykg.stores.neo4j_mapping.node_row` and
:func:`~policykg.stores.neo4j_mapping.edge_row`).  No APOC.  This module does not import the driver.

Examples
--------
>>> node_merge_cypher("Agency")
'UNWIND $rows AS row MERGE (n:`Agency` {key: row.key}) SET n = row.props'
>>> checked_type("PART_OF")
'PART_OF'
>>> checked_type("PART_OF]->() DELETE r //")
Traceback (most recent call last):
...
policykg.errors.QueryError: 'PART_OF]->() DELETE r //' is not a relationship type of the schema (...)
"""
from __future__ import annotations

from typing import Sequence

from policykg.errors import QueryError
from policykg.graph.model import EDGE_TYPES, NODE_LABELS
from policykg.schema.vocab import neo4j_constraints

__all__ = [
    "KEEP_PLAN", "ROWS", "checked_label", "checked_type", "node_merge_cypher", "node_create_cypher", "edge_merge_cypher",
    "edge_create_cypher",
    "cypher_statements", "schema_statements", "fulltext_properties", "schema_name", "delete_graphs_cypher",
    "gc_cypher", "CONTAINMENT", "CONTAINMENT_DEPTH",
]

#: relationship types whose shared (``common``) instances keep their target in use
CONTAINMENT = ("PART_OF", "IN_JURISDICTION")
#: how many containment steps from a used node keep a shared node in use
CONTAINMENT_DEPTH = 12
#: load statements keep their first plan: the database grows during a load, and replanning the
#: same statements as statistics change costs more than it saves (all are index seeks anyway)
KEEP_PLAN = "CYPHER replan=skip "
#: where a load statement reads its rows: a list in the map parameter ``batch`` (``{"rows": [...]}``).
#: Neo4j plans a statement again for each size bucket of a list parameter (1, 2, tens, hundreds,
#: thousands of rows: 50-100 ms each on a cold server), not for a list inside a map.
ROWS = "$batch.rows"


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


def node_merge_cypher(label: str, rows: str = "$rows") -> str:
    """``UNWIND $rows MERGE`` of nodes of one label (rows from :func:`node_row`; ``rows``: where they are,
    :data:`ROWS` for the loader)."""
    return f"UNWIND {rows} AS row MERGE (n:`{checked_label(label)}` {{key: row.key}}) SET n = row.props"


def _values(names: Sequence[str], first: int) -> str:
    """A map literal of the properties ``names`` from ``row[first]`` on (names are quoted, backticks doubled).

    >>> _values(["graph", "a`b"], 2)
    '{`graph`: row[2], `a``b`: row[3]}'
    """
    return "{" + ", ".join(f"`{n.replace('`', '``')}`: row[{i}]" for i, n in enumerate(names, first)) + "}"


def node_create_cypher(label: str, names: Sequence[str]) -> str:
    """``UNWIND`` :data:`ROWS` ``CREATE`` of nodes of one label, a row being the values of the properties ``names``
    (a null value is no property: what ``SET n = props`` without it makes).

    For a load into an empty database, where no node has the key yet (the key constraint still checks).
    Rows as lists, property names in the statement: fewer values to send than maps, and no ``SET``.
    """
    return f"UNWIND {ROWS} AS row CREATE (n:`{checked_label(label)}` {_values(names, 0)})"


def _ends(src_label: str, dst_label: str, names: Sequence[str] | None) -> str:
    rows, src, dst = ("$rows", "row.src", "row.dst") if names is None else (ROWS, "row[0]", "row[1]")
    return (f"UNWIND {rows} AS row MATCH (a:`{checked_label(src_label)}` {{key: {src}}}) "
            f"MATCH (b:`{checked_label(dst_label)}` {{key: {dst}}}) ")


def edge_merge_cypher(type_: str, src_label: str, dst_label: str, names: Sequence[str] | None = None) -> str:
    """``UNWIND $rows MERGE`` of relationships of one type between two labels, on their ``graph``;
    returns ``n`` merged.

    A row of ``$rows`` is ``{"src", "dst", "graph", "props"}`` (:func:`~policykg.stores.neo4j_mapping.edge_row`),
    or with ``names`` (which hold ``graph``) a row of :data:`ROWS` is ``[src, dst, *values of names]`` (a null
    value: no property).
    """
    if names is None:
        return (_ends(src_label, dst_label, None) + f"MERGE (a)-[r:`{checked_type(type_)}` {{graph: row.graph}}]->(b) "
                "SET r = row.props RETURN count(r) AS n")
    return (_ends(src_label, dst_label, names) + f"MERGE (a)-[r:`{checked_type(type_)}` "
            f"{{graph: row[{2 + list(names).index('graph')}]}}]->(b) SET r = {_values(names, 2)} RETURN count(r) AS n")


def edge_create_cypher(type_: str, src_label: str, dst_label: str, names: Sequence[str]) -> str:
    """``UNWIND`` :data:`ROWS` ``CREATE`` of relationships of one type between two labels, rows ``[src, dst,
    *values of names]`` (a null value: no property); the summary counts those created.

    For relationships of a named graph just deleted (a document batch, ``derived``): no lookup of
    existing relationships, so the cost of a row does not grow with the relationships already loaded.
    The properties are written by the ``CREATE`` itself: a ``SET r = map`` after it made the planner
    buffer every row first (an ``Eager``: the map might have set a key the ``MATCH``es read).
    """
    return _ends(src_label, dst_label, names) + f"CREATE (a)-[r:`{checked_type(type_)}` {_values(names, 2)}]->(b)"


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


def fulltext_properties(statement: str) -> list[str] | None:
    """The properties a ``CREATE FULLTEXT INDEX`` statement indexes (None for another statement).

    >>> fulltext_properties("CREATE FULLTEXT INDEX x IF NOT EXISTS FOR (n:A|B) ON EACH [n.name, n.aliases] OPTIONS {}")
    ['name', 'aliases']
    """
    if not statement.lstrip().upper().startswith("CREATE FULLTEXT INDEX"):
        return None
    inside = statement.split("ON EACH", 1)[1].split("[", 1)[1].split("]", 1)[0]
    return [p.strip().split(".", 1)[1] for p in inside.split(",")]


def schema_name(statement: str) -> str | None:
    """The name a ``CREATE ... name IF NOT EXISTS`` statement gives its constraint or index.

    >>> schema_name("CREATE FULLTEXT INDEX policykg_names IF NOT EXISTS FOR (n:A) ON EACH [n.name]")
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
            f"AND NOT EXISTS {{ MATCH (m)-[:{'|'.join(CONTAINMENT)}*1..{CONTAINMENT_DEPTH}]->(n) "
            "WHERE EXISTS { MATCH (m)-[r2]-() WHERE NOT r2.graph IN $fixed } } "
            f"DETACH DELETE n RETURN count(*) AS n{i}")))
    return "\n".join(parts) + "\nRETURN " + " + ".join(f"n{i}" for i in range(len(NODE_LABELS))) + " AS n"
