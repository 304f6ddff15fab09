"""Answering canned questions with Cypher on Neo4j (:class:`~policykg.stores.neo4j.Neo4jStore`).

Each question's ``NAME.cypher`` reads the Neo4j projection of the graph model
(:mod:`policykg.stores.neo4j`: one node per model node with ``{key, name,
graph, ...props}``, one relationship per edge with ``{graph, ...props}``) and
answers the same question as its ``NAME.rq``.  Parameters are passed to the
driver as ``$NAME`` query parameters, never formatted into the text; the rows
are then finalised by the catalogue (:meth:`~policykg.queries.catalog.Question.finalize`)
exactly as the SPARQL rows are, so both engines give identical answers
(``tests/test_queries_cypher.py`` checks it on the sample corpus).

Examples
--------
>>> from policykg.queries import get_question
>>> "$k" in get_question("agency_pairs").cypher
True
>>> returned_columns("MATCH (a) RETURN a.name AS agency_name, count(*) AS n, {x: 1, y: 2} ORDER BY n")
['agency_name', 'n', '{x: 1, y: 2}']
>>> returned_columns("CALL () { MATCH (a) RETURN a } RETURN a.name AS name, 'a, {' AS s")
['name', 's']
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, Mapping

from policykg.errors import QueryError
from policykg.queries.catalog import Question

if TYPE_CHECKING:  # the driver is imported only by policykg.stores.neo4j_connect, and only when needed
    from policykg.stores.neo4j import Neo4jStore

__all__ = ["answer", "run_cypher", "returned_columns", "query_body"]

log = logging.getLogger(__name__)

_ALIAS = re.compile(r"\bAS\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*$", re.IGNORECASE | re.DOTALL)


def query_body(text: str) -> str:
    """``text`` without its leading ``//`` comment lines (the runnable part, as the Browser guide shows it)."""
    lines = text.strip().splitlines()
    while lines and (not lines[0].strip() or lines[0].lstrip().startswith("//")):
        lines.pop(0)
    return "\n".join(lines).strip()


def _top_level(text: str) -> list[tuple[int, str]]:
    """``(position, character)`` of the characters of ``text`` outside brackets, braces and strings."""
    out, depth, quote, escaped = [], 0, "", False
    for i, ch in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\" and quote != "`":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0:
            out.append((i, ch))
    return out


def _keywords(text: str, top: list[tuple[int, str]], pattern: str) -> list[re.Match]:
    at_top = {i for i, _ in top}
    return [m for m in re.finditer(pattern, text, re.IGNORECASE) if m.start() in at_top]


def returned_columns(text: str) -> list[str]:
    """The column names of the last top-level ``RETURN`` of a query (for checking ``.cypher`` files).

    A projection without ``AS`` is named by its text, as Neo4j does.
    """
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    returns = _keywords(body, _top_level(body), r"\bRETURN\b")
    if not returns:
        return []
    tail = re.sub(r"^RETURN\s+(?:DISTINCT\s+)?", "", body[returns[-1].start():], flags=re.IGNORECASE)
    ends = _keywords(tail, _top_level(tail), r"\b(?:ORDER\s+BY|SKIP|LIMIT|UNION)\b")
    if ends:
        tail = tail[:ends[0].start()]
    cuts = [i for i, ch in _top_level(tail) if ch == ","]
    items = [tail[a + 1:b].strip() for a, b in zip([-1] + cuts, cuts + [len(tail)])]
    out = []
    for item in filter(None, items):
        alias = _ALIAS.search(item)
        out.append(alias.group(1) if alias else item)
    return out


def answer(question: Question, params: Mapping[str, Any], *, store: "Neo4jStore | None" = None,
           uri: str | None = None, user: str | None = None, password: str | None = None,
           database: str | None = None) -> list[dict[str, Any]]:
    """Raw rows of ``question`` with already typed ``params``, on ``store`` or a new connection.

    This is the engine entry point used by :func:`policykg.queries.run_question`
    (``engine="neo4j"``).  Without ``store`` it connects with ``uri``, ``user``,
    ``password`` and ``database``, each defaulting to the environment
    (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``; see
    :func:`policykg.stores.neo4j.connect`).

    Raises
    ------
    QueryError
        The question has no ``.cypher`` file, Neo4j rejected it, or it does not
        return the columns its metadata declares.
    ConfigError, StoreError
        No credentials, or the server cannot be reached.
    """
    text = question.cypher
    if store is None:
        from policykg.stores.neo4j import connect

        with connect(uri, user, password, database) as opened:
            return answer(question, params, store=opened)
    rows = store.run_read(text, dict(params))
    missing = [c for c in question.column_names if rows and c not in rows[0]]
    if missing:
        raise QueryError(f"{question.name}.cypher does not return the columns {missing} its metadata declares")
    log.info("%s: %d rows from Neo4j", question.name, len(rows))
    return rows


def run_cypher(store: "Neo4jStore", text: str, **params: Any) -> dict[str, Any]:
    """Run any read-only Cypher on ``store`` with ``params`` as ``$name`` parameters: ``{"columns", "rows"}``."""
    rows = store.run_read(text, params)
    columns = list(rows[0]) if rows else returned_columns(text)
    return {"query": None, "columns": columns, "rows": rows}
