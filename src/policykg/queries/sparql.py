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

import logging
from pathlib import Path
from typing import Any, Mapping

from policykg.errors import QueryError
from policykg.queries.catalog import Question
from policykg.stores.rdf import RDFStore

__all__ = ["answer", "run_sparql"]

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
    columns, rows = store.select(question.sparql, dict(params))
    missing = [c for c in question.column_names if c not in columns]
    if missing:
        raise QueryError(f"{question.name}.rq does not select the columns {missing} its metadata declares")
    log.info("%s: %d rows", question.name, len(rows))
    return rows


def run_sparql(store: RDFStore, text: str, **bindings: Any) -> dict[str, Any]:
    """Run any SELECT on ``store`` with ``bindings`` bound to the variables of those names."""
    columns, rows = store.select(text, bindings)
    return {"query": None, "columns": columns, "rows": rows}
