"""Typed models of what the loaders extract from one policy document.

These are the boundary between :mod:`policykg.loaders` and
:mod:`policykg.graph`: loaders produce :class:`PolicyDocument` objects, the
graph is built only from them.  Every fact carries :class:`Evidence`, a span of
the *original* text (offsets index the decoded source, before any
normalisation), so a reader can always go back to the sentence that says it.

This module holds the document and its place (:class:`PolicyDocument`,
:class:`Jurisdiction`) and is where every model is imported from; the others are
defined by topic: :mod:`~policykg.schema.evidence` (:class:`Evidence`),
:mod:`~policykg.schema.facts` (measures, responsibility, amounts, mentions,
citations, people, proposals) and :mod:`~policykg.schema.lifecycle` (validity,
lifecycle statements, links to other policies).

The JSON form (:meth:`PolicyDocument.to_dict`) is the schema of the
development gold (``shared/gold/README.md``) plus extra keys (``evidence``,
``role`` ...).  :meth:`PolicyDocument.from_dict` reads it back.

Examples
--------
>>> doc = PolicyDocument("d1", "d1.txt", "", "关于支持区块链发展的若干措施", "funding_measures")
>>> PolicyDocument.from_dict(doc.to_dict()) == doc
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from policykg.schema.evidence import Evidence, _check, _Model
from policykg.schema.facts import (
    AMOUNT_KINDS,
    ROLES,
    Amount,
    AmountKind,
    Citation,
    Measure,
    Mention,
    Person,
    Proposal,
    Responsibility,
    Role,
)
from policykg.schema.lifecycle import (
    LIFECYCLE_KINDS,
    LINK_KINDS,
    LifecycleStatement,
    PolicyLink,
    Validity,
    period_bounds,
)

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
JurisdictionLevel = Literal["national", "province", "city", "district", "county", "township", "unknown"]

DOC_TYPES: tuple[str, ...] = get_args(DocType)
LEVELS: tuple[str, ...] = get_args(JurisdictionLevel)

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
