"""Answering canned questions with SPARQL on an :class:`~policykg.stores.rdf.RDFStore`.

Parameters are bound to the query's variables (``?NAME`` for parameter
``NAME``) through pyoxigraph substitutions, never formatted into its text.

Examples
--------
>>> from policykg.graph.build import build_graph
>>> from policykg.stores.rdf import RDFStore
>>> from policykg.schema.models import Measure, PolicyDocument, Responsibility
>>> doc = PolicyDocument("d1", "d1.txt", "", "关于支持区块链的若干措施", "funding_measures",
...     measures=(Measure("一", "加强组织领导", responsible=(Responsibility("市财政局", "苏州市财政局", "lead"),)),))
>>> store = RDFStore()
>>> _ = store.load_graph(build_graph([doc]))
>>> from policykg.queries import run_query
>>> run_query(store, "agency_workload")["rows"]
[{'agency_name': '苏州市财政局', 'measures': 1, 'lead_measures': 1, 'co_measures': 0, 'no_lead_stated': 0, 'policies': 1, 'collective': False}]
>>> run_sparql(store, "SELECT ?n WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1")["columns"]
['n']
"""
from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path
from typing import Any, Mapping

from policykg.errors import QueryError
from policykg.queries.catalog import Question, list_questions
from policykg.stores.rdf import RDFStore

__all__ = ["answer", "unordered_sparql", "run_sparql", "sparql_literal", "runnable_sparql", "page_questions"]

log = logging.getLogger(__name__)


def answer(question: Question, params: Mapping[str, Any], *, store: RDFStore | None = None,
           store_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """Raw rows of ``question`` with already typed ``params``, on ``store`` or the store at ``store_dir``.

    This is the engine entry point used by :func:`policykg.queries.run_question`.
    """
    if store is None:
        if store_dir is None:
            raise QueryError("the rdf engine needs a store (an RDFStore or a store directory)")
        from policykg.stores.directory import open_store

        with open_store(store_dir) as opened:
            return answer(question, params, store=opened)
    columns, rows = store.select(unordered_sparql(question), dict(params))
    missing = [c for c in question.column_names if c not in columns]
    if missing:
        raise QueryError(f"{question.name}.rq does not select the columns {missing} its metadata declares")
    log.info("%s: %d rows", question.name, len(rows))
    return rows


#: the final ORDER BY: after the last closing brace (and a GROUP BY), with nothing but its keys after it
_ORDER_BY = re.compile(r"\}[^{}]*?\b(ORDER\s+BY\b[^{}]*)\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def unordered_sparql(question: Question) -> str:
    """``question``'s SPARQL without its final ``ORDER BY`` when :meth:`~policykg.queries.catalog.Question.finalize`
    orders the rows by every column anyway (:attr:`~policykg.queries.catalog.Question.total_order`).

    The rows are the same, in the same order; an on-disk store sorts by looking up each compared
    term's text, which took up to half of a question's time on the 1k-document store of
    ``bench/bench_query.py`` (funding: 3.4 s -> 1.7 s).  The text is kept when a ``LIMIT`` or ``OFFSET``
    follows (the order then chooses the rows).
    """
    text = question.sparql
    found = _ORDER_BY.search(text)
    if not question.total_order or found is None or re.search(r"\b(LIMIT|OFFSET)\b", found.group(1), re.I):
        return text
    return text[:found.start(1)]


def run_sparql(store: RDFStore, text: str, **bindings: Any) -> dict[str, Any]:
    """Run any SELECT on ``store`` with ``bindings`` bound to the variables of those names."""
    columns, rows = store.select(text, bindings)
    return {"query": None, "columns": columns, "rows": rows}


def sparql_literal(value: Any) -> str:
    """A SPARQL literal for a parameter value (as the runner binds it: strings, integers, doubles, booleans).

    >>> sparql_literal('市"工信"局'), sparql_literal(2), sparql_literal(0.35), sparql_literal(True)
    ('"市\\\\"工信\\\\"局"', '2', '"0.35"^^xsd:double', 'true')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f'"{value!r}"^^xsd:double'
    return json.dumps(str(value), ensure_ascii=False)


_WHERE = re.compile(r"\bWHERE\s*\{")


def runnable_sparql(question: Question, params: Mapping[str, Any] | None = None) -> str:
    """``question``'s SPARQL with its parameters bound by a ``VALUES`` block at the head of its ``WHERE``.

    What the runner binds through substitutions, written into the text, so that the query runs as it is
    in any SPARQL client (the query page of ``policykg serve``); the values are ``params`` (typed, as
    :meth:`~policykg.queries.catalog.Question.bind` gives them), by default the guide's (defaults or
    examples).
    """
    from policykg.queries.browser_guide import param_value

    bound = dict(params) if params is not None else {p.name: param_value(question, p) for p in question.params}
    text = question.sparql
    if not question.params:
        return text
    offset = 0
    for line in text.splitlines(keepends=True):  # the first WHERE outside a comment
        found = None if line.lstrip().startswith("#") else _WHERE.search(line)
        if found:
            at = offset + found.end()
            break
        offset += len(line)
    else:
        raise QueryError(f"{question.name}.rq has no WHERE clause to bind its parameters in")
    names = " ".join(f"?{p.name}" for p in question.params)
    values = " ".join(sparql_literal(bound[p.name]) for p in question.params)
    block = f"\n  # the parameters: edit the values, then run\n  VALUES ({names}) {{ ({values}) }}\n"
    return text[:at] + block + text[at:]


def page_questions() -> list[dict[str, Any]]:
    """The canned questions for a query page: name, titles, description and runnable SPARQL."""
    return [{"name": q.name, "title_zh": q.title_zh, "title_en": q.title_en, "description": q.description,
             "params": [p.name for p in q.params], "sparql": runnable_sparql(q)} for q in list_questions()]
