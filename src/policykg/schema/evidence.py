"""Evidence, and what every model of :mod:`policykg.schema.models` shares.

Every fact carries :class:`Evidence`, a span of the *original* text (offsets index the decoded
source, before any normalisation), so a reader can always go back to the sentence that says it.
``_Model`` gives the models their JSON round trip, ``_check`` their closed vocabularies.

Examples
--------
>>> ev = Evidence(doc_id="d1", start=0, end=4, text="市工信局")
>>> Evidence.from_dict(ev.to_dict()) == ev
True
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

__all__ = ["Evidence"]


def _check(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")


class _Model:
    """Shared JSON round trip of the models (:mod:`policykg.schema.models`)."""

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
