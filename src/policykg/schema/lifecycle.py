"""When a policy applies, and what it does to other policies: validity, lifecycle statements, links.

Examples
--------
>>> Validity("2021", "2023").bounds()
('2021-01-01', '2023-12-31')
>>> PolicyLink("repeals", doc_number="苏府规〔2018〕3号").kind
'repeals'
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any, Literal, get_args

from policykg.schema.evidence import Evidence, _check, _ev, _Model

__all__ = [
    "LifecycleKind", "LinkKind", "LIFECYCLE_KINDS", "LINK_KINDS",
    "period_bounds", "Validity", "LifecycleStatement", "PolicyLink",
]

LifecycleKind = Literal["entry_into_force", "expiry", "duration", "plan_period", "trial", "interim", "precedence"]
LinkKind = Literal["repeals", "amends", "extends", "implements"]

LIFECYCLE_KINDS: tuple[str, ...] = get_args(LifecycleKind)
LINK_KINDS: tuple[str, ...] = get_args(LinkKind)


def period_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """ISO dates of a validity whose ends may be years or months: first day of the start, last day of the end.

    >>> period_bounds("2021", "2023"), period_bounds("2021-02", "2023-06"), period_bounds("2021-02-01", None)
    (('2021-01-01', '2023-12-31'), ('2021-02-01', '2023-06-30'), ('2021-02-01', None))
    """
    def first(v: str | None) -> str | None:
        if not v:
            return None
        return v + "-01-01" if len(v) == 4 else (v + "-01" if len(v) == 7 else v)

    def last(v: str | None) -> str | None:
        if not v:
            return None
        if len(v) == 4:
            return v + "-12-31"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            return f"{v}-{calendar.monthrange(y, m)[1]:02d}"
        return v

    return first(start), last(end)


@dataclass(frozen=True, slots=True)
class Validity(_Model):
    """When a policy applies, as the text says: its first and last day in force.

    ``start`` is the stated entry into force (自…起施行; 自印发之日起 gives the
    document's date), else the first year of a plan period; ``end`` the last day
    (有效期至…, or 有效期N年 counted from the start), else the period's last year.
    """

    start: str | None = None  # YYYY or YYYY-MM-DD
    end: str | None = None
    text: str | None = None

    def bounds(self) -> tuple[str | None, str | None]:
        """The first and the last day in force as ISO dates (:func:`period_bounds`)."""
        return period_bounds(self.start, self.end)


@dataclass(frozen=True, slots=True)
class LifecycleStatement(_Model):
    """A sentence on when the document itself applies: 自…起施行, 有效期至…, 有效期N年, 试行, a plan period.

    ``value`` is an ISO date (entry_into_force, expiry), a number of years
    (duration), ``YYYY-YYYY`` (plan_period), or the word itself (trial 试行,
    interim 暂行, precedence 以本…为准).
    """

    kind: LifecycleKind
    value: str | None = None
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        _check(self.kind, LIFECYCLE_KINDS, "lifecycle kind")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LifecycleStatement":
        return cls(data["kind"], data.get("value"), _ev(data.get("evidence")))


@dataclass(frozen=True, slots=True)
class PolicyLink(_Model):
    """Another policy this one acts on, named by 《title》 and/or 文号: it repeals, amends, extends or implements it.

    ``until`` is, for ``extends``, the new last day in force (ISO date).
    """

    kind: LinkKind
    title: str | None = None
    doc_number: str | None = None
    until: str | None = None
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        _check(self.kind, LINK_KINDS, "link kind")
        if not (self.title or self.doc_number):
            raise ValueError("a policy link names the policy by title or 文号")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PolicyLink":
        return cls(data["kind"], data.get("title"), data.get("doc_number"), data.get("until"),
                   _ev(data.get("evidence")))
