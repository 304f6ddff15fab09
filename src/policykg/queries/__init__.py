"""Canned questions over the graph, answered by a pluggable engine.

Each question is ``NAME.rq`` (SPARQL), ``NAME.cypher`` (Cypher) and
``NAME.toml`` (titles, parameters, typed columns, order) in this package.
:func:`run_question` validates the parameters, dispatches to an engine of
:data:`ENGINES` and finalises the rows (typed, sorted) the same way for every
engine, so the engines give identical rows.

An engine is a module with ``answer(question, params, **options) -> rows``:
``rdf`` is :mod:`policykg.queries.sparql` (options ``store`` or ``store_dir``),
``neo4j`` is :mod:`policykg.queries.cypher` (options ``store``, a
:class:`~policykg.stores.neo4j.Neo4jStore`, or ``uri``/``user``/``password``/``database``,
defaulting to the ``NEO4J_*`` environment).

Examples
--------
>>> [q.name for q in list_questions()][:3]
['agency_function_overlap', 'agency_measures', 'agency_names']
>>> run_question("no_such_question")
Traceback (most recent call last):
...
policykg.errors.QueryError: unknown question 'no_such_question'; questions: agency_function_overlap, ...
"""
from __future__ import annotations

import importlib
from typing import Any, Mapping

from policykg.errors import QueryError
from policykg.queries.catalog import Column, Param, Question, get_question, list_questions, question_names
from policykg.queries.names import NAMES_QUESTION, check_agency_params

__all__ = ["ENGINES", "run_question", "run_query", "run_sparql", "list_questions", "get_question",
           "question_names", "Question", "Param", "Column"]

#: engine name -> module with ``answer(question, params, **options)``
ENGINES: dict[str, str] = {"rdf": "policykg.queries.sparql", "neo4j": "policykg.queries.cypher"}


def run_question(name: str, params: Mapping[str, Any] | None = None, *, engine: str = "rdf",
                 **options: Any) -> dict[str, Any]:
    """Answer a canned question: ``{"query", "engine", "params", "columns", "rows"}``.

    Parameters
    ----------
    name
        The question (``policykg queries`` lists them).
    params
        Parameter values, strings (from the command line) or Python values.
    engine
        A key of :data:`ENGINES`.
    **options
        Passed to the engine (``store=RDFStore`` or ``store_dir=path`` for ``rdf``;
        ``store=Neo4jStore`` or ``uri=...`` for ``neo4j``).

    Raises
    ------
    QueryError
        Unknown question, engine or parameter, bad value, or a failing query;
        :class:`~policykg.errors.UnknownAgencyError` when an agency parameter names no agency
        (its message and ``suggestions`` give the closest names).
    """
    question = get_question(name)
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; engines: {', '.join(sorted(ENGINES))}")
    bound = question.bind(params)
    module = importlib.import_module(ENGINES[engine])
    rows = module.answer(question, bound, **options)
    if not rows:  # an agency named by no document is an error, with the closest names (not silently no rows)
        check_agency_params(question, bound,
                            lambda: run_question(NAMES_QUESTION, {}, engine=engine, **options)["rows"])
    return {"query": name, "engine": engine, "params": bound, "columns": question.column_names,
            "rows": question.finalize(rows)}


def run_query(store: Any, name: str, **params: Any) -> dict[str, Any]:
    """Answer ``name`` with SPARQL on an open :class:`~policykg.stores.rdf.RDFStore`."""
    return run_question(name, params, engine="rdf", store=store)


def run_sparql(store: Any, text: str, **bindings: Any) -> dict[str, Any]:
    """Run any SPARQL SELECT on ``store``, ``bindings`` bound to variables: ``{"columns", "rows"}``."""
    from policykg.queries.sparql import run_sparql as _run

    return _run(store, text, **bindings)
