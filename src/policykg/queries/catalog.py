"""The catalogue of canned questions: ``NAME.rq`` (SPARQL), ``NAME.cypher`` and ``NAME.toml``.

Each question's metadata (``NAME.toml``) gives its titles, description,
parameters (``[[params]]``: name, type string|integer|float|date|boolean, default, choices,
description; a date is an ISO day, YYYY-MM-DD, compared as text by both engines; a boolean is
true/false, also 1/0 and yes/no on the command line) and columns (``[[columns]]``: name, type
string|integer|float|boolean, description), and ``order_by``: every column,
``-`` marking descending order.  Whatever the engine, rows are finalised
here: projected on the columns, typed, and sorted by ``order_by`` with nulls
first (last when descending), so that SPARQL and Cypher give identical rows.
``graph = "NAME.graph.cypher"`` names a second Cypher form of the question that returns
paths (:attr:`Question.graph_cypher`), for the Neo4j Browser to draw.

Examples
--------
>>> q = get_question("agency_pairs")
>>> q.bind({"k": "3"})
{'k': 3}
>>> get_question("agency_pairs").bind({"kk": 1})
Traceback (most recent call last):
...
policykg.errors.QueryError: agency_pairs: unknown parameter 'kk'; parameters: k (integer, default 2)
>>> q.finalize([{"agency_a": "b", "agency_b": "c", "shared_measures": 2, "shared_policies": 1},
...             {"agency_a": "a", "agency_b": "c", "shared_measures": 2, "shared_policies": 1}])[0]["agency_a"]
'a'
"""
from __future__ import annotations

import datetime as _dt
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

from policykg.errors import QueryError

__all__ = ["Param", "Column", "Question", "list_questions", "get_question", "question_names", "PARAM_TYPES",
           "COLUMN_TYPES"]

PARAM_TYPES = ("string", "integer", "float", "date", "boolean")
_BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
COLUMN_TYPES = ("string", "integer", "float", "boolean")
_PACKAGE = "policykg.queries"


@dataclass(frozen=True)
class Param:
    """A question's parameter: ``default`` None means required."""

    name: str
    type: str
    description: str = ""
    default: Any = None
    choices: tuple[Any, ...] = ()

    def describe(self) -> str:
        extra = "required" if self.default is None else f"default {self.default!r}"
        return f"{self.name} ({self.type}, {extra})"

    def convert(self, value: Any, question: str) -> Any:
        """``value`` (a CLI string or a Python value) as this parameter's type."""
        try:
            if self.type == "integer":
                if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
                    raise ValueError
                out: Any = int(value) if not isinstance(value, str) else int(value.strip())
            elif self.type == "float":
                if isinstance(value, bool):
                    raise ValueError
                out = float(value)
            elif self.type == "boolean":
                out = value if isinstance(value, bool) else _BOOLEANS[str(value).strip().lower()]
            elif self.type == "date":  # an ISO day (2022-06-01), or '' when that is the default (no date)
                out = value.strip() if isinstance(value, str) else value.isoformat()
                if not (out == "" and self.default == ""):
                    if len(out) != 10:
                        raise ValueError
                    _dt.date.fromisoformat(out)
            else:
                if not isinstance(value, str):
                    raise ValueError
                out = value
        except (TypeError, ValueError, AttributeError, KeyError):
            what = {"date": "a date (YYYY-MM-DD)", "boolean": "true or false"}.get(self.type) or \
                f"{'an' if self.type == 'integer' else 'a'} {self.type}"
            raise QueryError(f"{question}: parameter {self.name!r} must be {what}, not {value!r}") from None
        if self.choices and out not in self.choices:
            raise QueryError(f"{question}: parameter {self.name!r} must be one of "
                             f"{', '.join(repr(c) for c in self.choices)}, not {out!r}")
        return out


@dataclass(frozen=True)
class Column:
    """An output column: name, type and one-line meaning."""

    name: str
    type: str
    description: str = ""


def _coerce(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ == "integer":
        return int(value)
    if type_ == "float":
        return float(value)
    if type_ == "boolean":
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
    return str(value)


@dataclass(frozen=True)
class Question:
    """One canned question and its metadata."""

    name: str
    title_zh: str
    title_en: str
    description: str
    params: tuple[Param, ...] = ()
    columns: tuple[Column, ...] = ()
    order_by: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def _text(self, suffix: str, what: str) -> str:
        path = resources.files(_PACKAGE).joinpath(self.name + suffix)
        if not path.is_file():
            raise QueryError(f"{self.name}: no {what} ({self.name}{suffix}) yet; use another engine")
        return path.read_text(encoding="utf-8")

    @property
    def sparql(self) -> str:
        """The text of ``NAME.rq``."""
        return self._text(".rq", "SPARQL query")

    @property
    def cypher(self) -> str:
        """The text of ``NAME.cypher`` (QueryError while it is not written)."""
        return self._text(".cypher", "Cypher query")

    @property
    def graph_cypher(self) -> str | None:
        """The graph form: the Cypher file the metadata's ``graph`` names, returning paths (None without one).

        It takes the same parameters as :attr:`cypher` and returns the nodes and relationships of
        the answer, so the Neo4j Browser draws it; the rows of a question come from :attr:`cypher`.
        """
        name = self.meta.get("graph")
        if not name:
            return None
        path = resources.files(_PACKAGE).joinpath(name)
        if not path.is_file():
            raise QueryError(f"{self.name}.toml: its graph form {name} does not exist")
        return path.read_text(encoding="utf-8")

    def bind(self, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Typed parameter values: unknown names, bad values and missing required ones raise QueryError."""
        params = dict(params or {})
        known = {p.name: p for p in self.params}
        for name in params:
            if name not in known:
                valid = "; parameters: " + ", ".join(p.describe() for p in self.params) if self.params \
                    else " (it takes no parameters)"
                raise QueryError(f"{self.name}: unknown parameter {name!r}{valid}")
        out = {}
        for p in self.params:
            if p.name in params:
                out[p.name] = p.convert(params[p.name], self.name)
            elif p.default is None:
                raise QueryError(f"{self.name}: parameter {p.name!r} is required ({p.description})")
            else:
                out[p.name] = p.convert(p.default, self.name)
        return out

    @property
    def total_order(self) -> bool:
        """Whether :attr:`order_by` names every column: the rows :meth:`finalize` gives are then in one
        order whatever order the engine gave them in."""
        return set(self.column_names) <= {spec.lstrip("-") for spec in self.order_by}

    def finalize(self, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Rows projected on the columns, typed, and sorted by :attr:`order_by` (nulls first ascending)."""
        types = {c.name: c.type for c in self.columns}
        out = [{name: _coerce(row.get(name), t) for name, t in types.items()} for row in rows]
        # one stable sort per run of columns sorted the same way (the same order as one sort per column)
        runs: list[tuple[bool, list[str]]] = []
        for spec in self.order_by:
            desc = spec.startswith("-")
            if runs and runs[-1][0] == desc:
                runs[-1][1].append(spec.lstrip("-"))
            else:
                runs.append((desc, [spec.lstrip("-")]))
        for desc, cols in reversed(runs):
            out.sort(key=lambda r: tuple((r[c] is not None, r[c] if r[c] is not None else 0) for c in cols),
                     reverse=desc)
        return out

    def summary(self) -> dict[str, Any]:
        """Name, titles, description, parameters and columns as plain data."""
        return {
            "name": self.name, "title": self.title_en, "title_zh": self.title_zh, "title_en": self.title_en,
            "description": self.description,
            "params": [{"name": p.name, "type": p.type, "default": p.default, "choices": list(p.choices),
                        "description": p.description} for p in self.params],
            "columns": [{"name": c.name, "type": c.type, "description": c.description} for c in self.columns],
            "order_by": list(self.order_by),
        }


def _load(name: str, data: Mapping[str, Any]) -> Question:
    try:
        params = tuple(Param(p["name"], p.get("type", "string"), p.get("description", ""), p.get("default"),
                             tuple(p.get("choices", ()))) for p in data.get("params", []))
        columns = tuple(Column(c["name"], c.get("type", "string"), c.get("description", ""))
                        for c in data["columns"])
        q = Question(name, data["title_zh"], data["title_en"], data.get("description", "").strip(), params, columns,
                     tuple(data.get("order_by") or [c.name for c in columns]), data)
    except KeyError as exc:
        raise QueryError(f"{name}.toml: missing key {exc.args[0]!r}; see policykg/queries/catalog.py") from None
    for p in q.params:
        if p.type not in PARAM_TYPES:
            raise QueryError(f"{name}.toml: parameter {p.name!r} has type {p.type!r}; use {', '.join(PARAM_TYPES)}")
    for c in q.columns:
        if c.type not in COLUMN_TYPES:
            raise QueryError(f"{name}.toml: column {c.name!r} has type {c.type!r}; use {', '.join(COLUMN_TYPES)}")
    unknown = {s.lstrip("-") for s in q.order_by} - set(q.column_names)
    if unknown:
        raise QueryError(f"{name}.toml: order_by names unknown columns {sorted(unknown)}")
    return q


@lru_cache(maxsize=1)
def _catalog() -> dict[str, Question]:
    out = {}
    for entry in sorted(resources.files(_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            name = entry.name[: -len(".toml")]
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise QueryError(f"{entry.name}: invalid TOML ({exc})") from exc
            out[name] = _load(name, data)
    return out


def question_names() -> list[str]:
    """The names of the canned questions, sorted."""
    return sorted(_catalog())


def list_questions() -> list[Question]:
    """Every canned question, sorted by name."""
    return [_catalog()[n] for n in question_names()]


def get_question(name: str) -> Question:
    """The question called ``name`` (QueryError listing the valid names otherwise)."""
    try:
        return _catalog()[name]
    except KeyError:
        raise QueryError(f"unknown question {name!r}; questions: {', '.join(question_names())}") from None
