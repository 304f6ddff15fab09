"""Agency names in question parameters: an agency parameter that names no agency is an error with suggestions.

A parameter marked ``lookup = "agency"`` in a question's ``.toml`` names an agency by its full name
(苏州市工业和信息化局) or by a name a document writes it by (市工信局); ``lookup = "agency_name"`` by its
full name only.  When the question answers nothing,
:func:`check_agency_params` asks the same engine for every agency and its names as written (the question
``agency_names``): a value that is none of them raises :class:`~policykg.errors.UnknownAgencyError` with the
closest full names, found by containment either way (工信局 is in 市工信局) and then by similarity (difflib).

Examples
--------
>>> names = [{"agency_name": "苏州市工业和信息化局", "alias": "市工信局"},
...          {"agency_name": "福田区工业和信息化局", "alias": "区工信局"},
...          {"agency_name": "苏州市财政局", "alias": None}]
>>> closest_agencies("工信局", names)
['福田区工业和信息化局', '苏州市工业和信息化局']
>>> closest_agencies("苏州市财务局", names)
['苏州市财政局']
>>> closest_agencies("国家航天局", names)
[]
"""
from __future__ import annotations

import difflib
import logging
from typing import Any, Callable, Iterable, Mapping

from policykg.errors import UnknownAgencyError
from policykg.queries.catalog import Question

__all__ = ["agency_params", "closest_agencies", "check_agency_params", "NAMES_QUESTION"]

log = logging.getLogger(__name__)

#: the question listing every agency with its names as written
NAMES_QUESTION = "agency_names"
_MAX_SUGGESTIONS = 5
_LOOKUPS = ("agency", "agency_name")


def agency_params(question: Question) -> dict[str, str]:
    """The parameters of ``question`` its metadata marks ``lookup = "agency"`` or ``"agency_name"``, with the mark."""
    return {p["name"]: p["lookup"] for p in question.meta.get("params", []) if p.get("lookup") in _LOOKUPS}


def closest_agencies(value: str, names: Iterable[Mapping[str, Any]], limit: int = _MAX_SUGGESTIONS) -> list[str]:
    """Full names of the agencies closest to ``value``: those whose name or alias contains it (or is in
    it), shortest first, then those difflib finds similar, best first."""
    owner: dict[str, str] = {}
    for row in names:
        for written in (row["agency_name"], row.get("alias")):
            if written:
                owner.setdefault(written, row["agency_name"])
    out: list[str] = []
    contained = sorted((w for w in owner if value in w or (len(w) >= 2 and w in value)), key=lambda w: (len(w), w))
    similar = difflib.get_close_matches(value, list(owner), n=limit * 2, cutoff=0.6)
    for written in contained + similar:
        if owner[written] not in out:
            out.append(owner[written])
    return out[:limit]


def check_agency_params(question: Question, params: Mapping[str, Any],
                        agencies: Callable[[], list[dict[str, Any]]]) -> None:
    """Raise :class:`UnknownAgencyError` when an agency parameter of ``params`` names no agency.

    Parameters
    ----------
    question
        The question that answered nothing.
    params
        Its bound parameters.
    agencies
        Returns the rows of :data:`NAMES_QUESTION` (``agency_name``, ``alias``) on the same engine.
    """
    values = {name: (params[name], lookup) for name, lookup in agency_params(question).items() if params.get(name)}
    if not values:
        return
    names = agencies()
    full = {r["agency_name"] for r in names}
    written = {r["alias"] for r in names if r.get("alias")}
    for param, (value, lookup) in values.items():
        if value in full or (lookup == "agency" and value in written):
            continue
        what = "a full name or a name as a document writes it" if lookup == "agency" else "a full name"
        suggestions = closest_agencies(value, names)
        hint = (f"closest: {', '.join(suggestions)}" if suggestions else "no agency has a similar name")
        raise UnknownAgencyError(
            f"{question.name}: no agency is named {value!r} ({param}: {what}); {hint}; "
            f"`policykg query {NAMES_QUESTION} -p search=…` lists agencies and their names as written",
            tuple(suggestions))
