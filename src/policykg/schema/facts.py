"""The facts of a document's text: measures, who is responsible, amounts, mentions, citations, people.

Each is frozen and carries its :class:`~policykg.schema.evidence.Evidence`; the document that holds
them is :class:`policykg.schema.models.PolicyDocument`.

Examples
--------
>>> ev = Evidence(doc_id="d1", start=0, end=4, text="市工信局")
>>> r = Responsibility(name="市工信局", normalized="苏州市工业和信息化局", role="co", evidence=ev)
>>> Responsibility.from_dict(r.to_dict()) == r
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from policykg.schema.evidence import Evidence, _check, _ev, _Model

__all__ = [
    "AmountKind", "Role", "AMOUNT_KINDS", "ROLES",
    "Responsibility", "Amount", "Measure", "Mention", "Citation", "Person", "Proposal",
]

AmountKind = Literal["cap", "fixed", "ratio", "total"]
Role = Literal["lead", "co"]

AMOUNT_KINDS: tuple[str, ...] = get_args(AmountKind)
ROLES: tuple[str, ...] = get_args(Role)


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
