"""Redaction of personal contact data: phone numbers, e-mail addresses, ID-card numbers.

Nothing matched here is ever stored.  :func:`scrub_document` is the last step
of extraction: it masks such data in every string of a
:class:`~policykg.schema.models.PolicyDocument` (its text, measure texts,
evidence, names), so the graph, the stores, the exports and the views built from
it cannot hold it.

The mask keeps the length (each character becomes ``*``, white space stays),
so evidence offsets index the stored, redacted text exactly as they indexed the
original: ``doc.text[ev.start:ev.end]`` is still the evidence span.

>>> redact("(联系人: 蔡小勇 联系电话: 23949461)")
'(联系人: 蔡小勇 联系电话: ********)'
>>> redact("邮箱 abc@example.cn, 身份证 110101199003074518, 手机 138 0013 8000")
'邮箱 **************, 身份证 ******************, 手机 *** **** ****'
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from policykg.schema.models import Evidence, PolicyDocument

__all__ = ["redact", "personal_data_spans", "scrub_document", "PERSONAL_DATA", "MASK_CHAR"]

MASK_CHAR = "*"
_PHONE_WORD = r"(?:电话|传真|热线|手机|座机|联系方式|Tel|TEL|tel|Fax|FAX)"
#: one pattern per kind, each starting with a plain character test so a scan is fast
#: (``X(?<!Y X)`` checks the character before the first one without a look-behind at every position)
PERSONAL_DATA: tuple[re.Pattern[str], ...] = (
    re.compile(r"[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),  # e-mail
    re.compile(r"[1-9](?<![\dA-Za-z]\d)\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
               r"(?![\dA-Za-z])"),  # ID-card number
    re.compile(r"(?:\+?86[- ]?1|1(?<![\d.]1))[3-9]\d[- ]{0,2}\d{4}[- ]{0,2}\d{4}(?!\d)"),  # mobile
    re.compile(r"(?:\(0\d{2,3}\)|0(?<![\d.]0)\d{2,3}-) ?\d{7,8}(?:-\d{1,4})?(?!\d)"),  # landline with area code
    re.compile(rf"{_PHONE_WORD}[^\S\n]*(?:号码)?[^\S\n]*[:：]?[^\S\n]*(?P<said>[+(（]?\d[\d \t\u3000()（）-]{{5,}}\d)"),
)  # the last: any number the text says is a phone
_TRIGGER = re.compile(r"[\d@＠]")  # every kind needs a digit or an @: most strings are skipped at once


def personal_data_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of ``text`` that hold a phone number, an e-mail address or an ID-card number."""
    if not _TRIGGER.search(text):
        return []
    spans = []
    for pattern in PERSONAL_DATA:
        for m in pattern.finditer(text):
            spans.append(m.span("said") if "said" in pattern.groupindex else m.span())
    return sorted(spans)


def redact(text: str) -> str:
    """Mask phone numbers, e-mail addresses and ID-card numbers, keeping the length and the white space."""
    spans = personal_data_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if not chars[k].isspace():
                chars[k] = MASK_CHAR
    return "".join(chars)


_NOT_TEXT = frozenset({"doc_id", "source", "sha256"})  # identifiers the user chose, and a digest
T = TypeVar("T")


def _scrub(obj: T, masked: str) -> T:
    if isinstance(obj, str):
        return redact(obj)  # type: ignore[return-value]
    if isinstance(obj, tuple):
        return tuple(_scrub(x, masked) for x in obj)  # type: ignore[return-value]
    if isinstance(obj, list):
        return [_scrub(x, masked) for x in obj]  # type: ignore[return-value]
    if isinstance(obj, dict):
        return {k: _scrub(v, masked) for k, v in obj.items()}  # type: ignore[return-value]
    if isinstance(obj, Evidence):
        # the span text again from the redacted text: a span that cuts a number is masked all the same
        text = " ".join(masked[obj.start:obj.end].split()) if masked and obj.end <= len(masked) else redact(obj.text)
        return dataclasses.replace(obj, text=text, sentence=redact(obj.sentence))  # type: ignore[return-value]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes: dict[str, Any] = {f.name: _scrub(getattr(obj, f.name), masked)
                                   for f in dataclasses.fields(obj) if f.name not in _NOT_TEXT}
        return dataclasses.replace(obj, **changes)  # type: ignore[return-value]
    return obj


def scrub_document(doc: PolicyDocument) -> PolicyDocument:
    """``doc`` with personal contact data masked in every string; offsets stay valid.

    >>> d = PolicyDocument("d", "d.txt", "", "关于X的答复", "proposal_reply", text="联系电话: 23949461")
    >>> scrub_document(d).text
    '联系电话: ********'
    """
    masked = redact(doc.text)
    scrubbed = _scrub(doc, masked)
    return dataclasses.replace(scrubbed, text=masked)
