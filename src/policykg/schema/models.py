"""Typed models of what the loaders extract from one policy document.

These are the boundary between :mod:`policykg.loaders` and
:mod:`policykg.graph`: loaders produce :class:`PolicyDocument` objects, the
graph is built only from them.  Every fact carries :class:`Evidence`, a span of
the *original* text (offsets index the decoded source, before any
normalisation), so a reader can always go back to the sentence that says it.

The JSON form (:meth:`PolicyDocument.to_dict`) is the schema of the
development gold (``shared/gold/README.md``) plus extra keys (``evidence``,
``role`` ...).  :meth:`PolicyDocument.from_dict` reads it back.

Examples
--------
>>> ev = Evidence(doc_id="d1", start=0, end=4, text="市工信局")
>>> r = Responsibility(name="市工信局", normalized="苏州市工业和信息化局", role="co", evidence=ev)
>>> Responsibility.from_dict(r.to_dict()) == r
True
"""
from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, get_args

__all__ = [
    "DocType",
    "AmountKind",
    "Role",
    "JurisdictionLevel",
    "DOC_TYPES",
    "AMOUNT_KINDS",
    "ROLES",
    "LEVELS",
    "Evidence",
    "Responsibility",
    "Amount",
    "Measure",
    "Mention",
    "Citation",
    "Person",
    "Proposal",
    "Validity",
    "LifecycleStatement",
    "PolicyLink",
    "LIFECYCLE_KINDS",
    "LINK_KINDS",
    "period_bounds",
    "Jurisdiction",
    "PolicyDocument",
]

DocType = Literal["action_plan", "implementing_opinion", "funding_measures", "proposal_reply", "notice", "other"]
AmountKind = Literal["cap", "fixed", "ratio", "total"]
Role = Literal["lead", "co"]
JurisdictionLevel = Literal["national", "province", "city", "district", "county", "unknown"]
LifecycleKind = Literal["entry_into_force", "expiry", "duration", "plan_period", "trial", "interim", "precedence"]
LinkKind = Literal["repeals", "amends", "extends", "implements"]

DOC_TYPES: tuple[str, ...] = get_args(DocType)
AMOUNT_KINDS: tuple[str, ...] = get_args(AmountKind)
ROLES: tuple[str, ...] = get_args(Role)
LEVELS: tuple[str, ...] = get_args(JurisdictionLevel)
LIFECYCLE_KINDS: tuple[str, ...] = get_args(LifecycleKind)
LINK_KINDS: tuple[str, ...] = get_args(LinkKind)


def _check(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")


class _Model:
    """Shared JSON round trip for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # type: ignore[no-untyped-def]
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class Evidence(_Model):
    """A span ``[start, end)`` of the original text of document ``doc_id``.

    ``text`` is the span itself; ``sentence`` the sentence around it, with
    phone numbers, e-mail addresses and ID numbers redacted.
    """

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str = ""

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad evidence span {self.start}..{self.end}")


def _ev(data: dict[str, Any] | None) -> Evidence | None:
    return Evidence.from_dict(data) if data else None


@dataclass(frozen=True, slots=True)
class Responsibility(_Model):
    """An agency responsible for a measure: as written, normalised, and its role."""

    name: str
    normalized: str
    role: Role = "co"
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        _check(self.role, ROLES, "role")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Responsibility":
        return cls(data["name"], data["normalized"], data.get("role", "co"), _ev(data.get("evidence")))


@dataclass(frozen=True, slots=True)
class Amount(_Model):
    """A funding amount: ``value_yuan`` for cap/fixed/total, ``ratio`` (0..1) for ratio."""

    text: str
    kind: AmountKind
    value_yuan: float | None = None
    ratio: float | None = None
    condition: str | None = None
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        _check(self.kind, AMOUNT_KINDS, "amount kind")
        if self.kind == "ratio" and self.ratio is None:
            raise ValueError("a ratio amount needs a ratio")
        if self.kind != "ratio" and self.value_yuan is None:
            raise ValueError(f"a {self.kind} amount needs value_yuan")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Amount":
        return cls(
            data["text"], data["kind"], data.get("value_yuan"), data.get("ratio"),
            data.get("condition"), _ev(data.get("evidence")),
        )


@dataclass(frozen=True, slots=True)
class Measure(_Model):
    """A numbered task of a plan, or a concrete support clause of a reply."""

    id: str
    title: str
    text: str = ""
    path: tuple[str, ...] = ()
    responsible: tuple[Responsibility, ...] = ()
    amounts: tuple[Amount, ...] = ()
    evidence: Evidence | None = None

    @property
    def lead(self) -> str | None:
        """The normalised name of the lead agency, if the text marks one."""
        return next((r.normalized for r in self.responsible if r.role == "lead"), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": list(self.path),
            "responsible": [r.name for r in self.responsible],
            "responsible_normalized": [r.normalized for r in self.responsible],
            "lead": self.lead,
            "roles": [r.to_dict() for r in self.responsible],
            "amounts": [a.to_dict() for a in self.amounts],
            "text": self.text,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Measure":
        if "roles" in data:
            resp = tuple(Responsibility.from_dict(r) for r in data["roles"])
        else:
            lead = data.get("lead")
            resp = tuple(
                Responsibility(n, z, "lead" if z == lead else "co")
                for n, z in zip(data.get("responsible", []), data.get("responsible_normalized", []))
            )
        return cls(
            data["id"], data.get("title", ""), data.get("text", ""), tuple(data.get("path", ())),
            resp, tuple(Amount.from_dict(a) for a in data.get("amounts", [])), _ev(data.get("evidence")),
        )


@dataclass(frozen=True, slots=True)
class Mention(_Model):
    """A named enterprise, platform/institution or program, with where it is said."""

    name: str
    evidence: Evidence | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> "Mention":
        if isinstance(data, str):
            return cls(data)
        return cls(data["name"], _ev(data.get("evidence")))


@dataclass(frozen=True, slots=True)
class Citation(_Model):
    """A policy cited by title (written in 《》), with its 文号 when given."""

    title: str
    doc_number: str | None = None
    evidence: Evidence | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        return cls(data["title"], data.get("doc_number"), _ev(data.get("evidence")))


@dataclass(frozen=True, slots=True)
class Person(_Model):
    """A person named in the text, with the role the text gives (代表, 委员, 联系人 ...)."""

    name: str
    role: str
    evidence: Evidence | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Person":
        return cls(data["name"], data.get("role", ""), _ev(data.get("evidence")))


@dataclass(frozen=True, slots=True)
class Proposal(_Model):
    """The 人大建议 / 政协提案 a reply answers."""

    number: str
    title: str | None = None
    kind: str = ""  # 建议 (NPC deputies) or 提案 (CPPCC members)
    session: str | None = None
    proposers: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Proposal":
        return cls(data["number"], data.get("title"), data.get("kind", ""), data.get("session"),
                   tuple(data.get("proposers", ())))


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


@dataclass(frozen=True, slots=True)
class Jurisdiction(_Model):
    """A place with its level and parents, outermost first: 福田区 -> (广东省, 深圳市)."""

    name: str
    level: JurisdictionLevel = "unknown"
    parents: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check(self.level, LEVELS, "jurisdiction level")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Jurisdiction":
        return cls(data["name"], data.get("level", "unknown"), tuple(data.get("parents", ())))


@dataclass(frozen=True, slots=True)
class PolicyDocument:
    """Everything extracted from one document."""

    doc_id: str
    source: str
    sha256: str
    title: str
    doc_type: DocType
    issuer: tuple[str, ...] = ()
    doc_number: str | None = None
    date: str | None = None
    jurisdiction: Jurisdiction = field(default_factory=lambda: Jurisdiction("", "unknown"))
    validity: Validity | None = None
    proposal: Proposal | None = None
    measures: tuple[Measure, ...] = ()
    enterprises: tuple[Mention, ...] = ()
    platforms: tuple[Mention, ...] = ()
    programs: tuple[Mention, ...] = ()
    cited_policies: tuple[Citation, ...] = ()
    people: tuple[Person, ...] = ()
    agencies: tuple[Responsibility, ...] = ()  # every agency named, issuer included
    lifecycle: tuple[LifecycleStatement, ...] = ()  # what the text says of its own validity
    links: tuple[PolicyLink, ...] = ()  # the policies it repeals, amends, extends or implements
    text: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        _check(self.doc_type, DOC_TYPES, "doc_type")

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """The gold schema (``shared/gold/README.md``) plus evidence and extra keys."""
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "source": self.source,
            "sha256": self.sha256,
            "title": self.title,
            "doc_type": self.doc_type,
            "issuer": list(self.issuer),
            "doc_number": self.doc_number,
            "date": self.date,
            "jurisdiction": self.jurisdiction.name,
            "jurisdiction_detail": self.jurisdiction.to_dict(),
            "validity": self.validity.to_dict() if self.validity else None,
            "proposal": self.proposal.to_dict() if self.proposal else None,
            "lifecycle": [x.to_dict() for x in self.lifecycle],
            "links": [x.to_dict() for x in self.links],
            "measures": [m.to_dict() for m in self.measures],
            "enterprises": [m.name for m in self.enterprises],
            "platforms": [m.name for m in self.platforms],
            "programs": [m.name for m in self.programs],
            "cited_policies": [c.to_dict() for c in self.cited_policies],
            "people": [p.to_dict() for p in self.people],
            "agencies": [a.to_dict() for a in self.agencies],
            "mentions": {
                kind: [m.to_dict() for m in getattr(self, kind)]
                for kind in ("enterprises", "platforms", "programs")
            },
        }
        if with_text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PolicyDocument":
        mentions = data.get("mentions") or {}

        def _mentions(kind: str) -> tuple[Mention, ...]:
            return tuple(Mention.from_dict(m) for m in (mentions.get(kind) or data.get(kind) or []))

        jur = data.get("jurisdiction_detail") or {"name": data.get("jurisdiction") or ""}
        return cls(
            doc_id=data.get("doc_id") or data.get("title", ""),
            source=data.get("source", ""),
            sha256=data.get("sha256", ""),
            title=data.get("title", ""),
            doc_type=data.get("doc_type", "other"),
            issuer=tuple(data.get("issuer") or ()),
            doc_number=data.get("doc_number"),
            date=data.get("date"),
            jurisdiction=Jurisdiction.from_dict(jur),
            validity=Validity.from_dict(data["validity"]) if data.get("validity") else None,
            proposal=Proposal.from_dict(data["proposal"]) if data.get("proposal") else None,
            lifecycle=tuple(LifecycleStatement.from_dict(x) for x in data.get("lifecycle") or ()),
            links=tuple(PolicyLink.from_dict(x) for x in data.get("links") or ()),
            measures=tuple(Measure.from_dict(m) for m in data.get("measures", [])),
            enterprises=_mentions("enterprises"),
            platforms=_mentions("platforms"),
            programs=_mentions("programs"),
            cited_policies=tuple(Citation.from_dict(c) for c in data.get("cited_policies", [])),
            people=tuple(Person.from_dict(p) for p in data.get("people", [])),
            agencies=tuple(Responsibility.from_dict(a) for a in data.get("agencies", [])),
            text=data.get("text", ""),
        )
