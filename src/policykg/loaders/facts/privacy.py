"""Redaction of personal contact data: phone numbers, e-mail addresses, ID-card numbers.

Nothing matched here is ever stored.  :func:`scrub_document` is the last step
of extraction: it masks such data in every string of a
:class:`~policykg.schema.models.PolicyDocument` (its text, measure texts,
evidence, names), so the graph, the stores, the exports and the views built from
it cannot hold it.

The mask keeps the length (each character becomes ``*``, white space stays),
so evidence offsets index the stored, redacted text exactly as they indexed the
original: ``doc.text[ev.start:ev.end]`` is still the evidence span.  The
patterns run on a copy with full-width forms folded character by character
(``１３５…``, ``＠``; same offsets), take ``+86``/``0086``/``86-`` prefixes,
numbers in groups and a number wrapped over one line break; an ID number written
apart must have a valid check digit.  File names are covered by
:func:`~policykg.loaders.document.doc_id_for` (the id leaves the number out)
and the stored ``source`` path is masked like any text.

jionlp's ``extract_phone_number``/``extract_email``/``extract_id_card`` were
measured on the same cases and found none of the forms above that these
patterns miss (no full-width digits, grouped IDs, wrapped numbers, non-ASCII
domains, ``86-755-…`` landlines, nor a number without a phone word), and its
import prints to stdout: these patterns stay the project's own.

>>> redact("(联系人: 蔡小勇 联系电话: 23949461)")
'(联系人: 蔡小勇 联系电话: ********)'
>>> redact("邮箱 abc@example.cn, 身份证 110101199003074518, 手机 138 0013 8000")
'邮箱 **************, 身份证 ******************, 手机 *** **** ****'
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache
from typing import Any, TypeVar

from policykg.schema.models import Evidence, PolicyDocument

__all__ = ["redact", "personal_data_spans", "scrub_document", "PERSONAL_DATA", "MASK_CHAR"]

MASK_CHAR = "*"
_PHONE_WORD = r"(?:电话|传真|热线|手机|座机|联系方式|Tel|TEL|tel|Fax|FAX)"
#: a line break inside a number (a PDF or a web page wrapped it), with the indentation around it
_BR = r"(?:[ \t]*\r?\n[ \t]*)"
#: between two digit groups: a space, a hyphen, or a line break
_GAP = rf"(?:[- ]{{1,2}}|{_BR})?"


def _digits(n: int) -> str:
    """``n`` digits with an optional line break between any two."""
    return f"{_BR}?".join([r"\d"] * n)


_ID_SEP = rf"(?:[ -]|{_BR})?"
#: one pattern per kind, each starting with a plain character test so a scan is fast
#: (``X(?<!Y X)`` checks the character before the first one without a look-behind at every position);
#: they run on the text with full-width forms folded (:func:`_fold`), which keeps every offset
PERSONAL_DATA: tuple[re.Pattern[str], ...] = (
    # e-mail: an ASCII local part (tried from its start only: a long run of digits is scanned once, not once
    # a character); a domain of ASCII or Chinese labels (政务服务.cn, 深圳政府.中国)
    re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[\w-]+\.)+(?:[A-Za-z]{2,}(?![A-Za-z0-9-])|xn--[A-Za-z0-9-]+"
               r"|中国|中國|公司|网络|網絡|政务|公益|在线|集团|商城|网址|手机|移动|信息|广东|香港|台灣|台湾)"),
    # ID-card number: 18 characters, also in groups or across a line break (then its check digit must hold)
    re.compile(rf"[1-9](?<![\dA-Za-z]\d)(?:{_ID_SEP}\d){{16}}{_ID_SEP}[\dXx](?![\dA-Za-z])"),
    # mobile, with +86 / 0086 / 86- in front, in 3-4-4 groups, or across a line break
    # (each way in opens with its own character, so a scan skips to the next +, 0, 8 or 1)
    re.compile(rf"(?:\+86[- ]?1|0(?<![\d.]0)086[- ]?1|86[- ]?1|1(?<![\d.]1)){_BR}?[3-9]{_BR}?\d{_GAP}{_digits(4)}{_GAP}"
               rf"{_digits(4)}(?!\d)"),
    # landline with its area code
    re.compile(r"(?:\(0\d{2,3}\)|0(?<![\d.]0)\d{2,3}-) ?\d{7,8}(?:-\d{1,4})?(?!\d)"),
    # landline with the country code: +86 755 8391 8888, 86-755-83918888, +86(755)83918888
    re.compile(r"(?:\+86[- ]?|0(?<![\d.]0)086[- ]?|8(?<![\d.]8)6-)(?:\(0?[1-9]\d{1,2}\)|0?[1-9]\d{1,2}[- ])"
               r"[- ]?\d{3,4}[- ]?\d{4}(?!\d)"),
    # any number the text says is a phone
    re.compile(rf"{_PHONE_WORD}[^\S\n]*(?:号码)?[^\S\n]*[:：]?[^\S\n]*(?P<said>[+(（]?\d[\d \t\u3000()（）-]{{5,}}\d)"),
)
_TRIGGER = re.compile(r"[\d@＠]")  # every kind needs a digit or an @: most strings are skipped at once
_ID = re.compile(r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(found: str) -> bool:
    """An ID-card number: its date is a date; written apart (in groups, across lines), its check digit holds."""
    compact = "".join(found.split()).replace("-", "")
    if not _ID.fullmatch(compact):
        return False
    if compact == found:
        return True
    return "10X98765432"[sum(int(d) * w for d, w in zip(compact, _ID_WEIGHTS)) % 11] == compact[-1].upper()


#: further checks of a match, by pattern: a number runs over at most one line break
_CHECKS = {1: _id_number}


class _Folding(dict):
    """``str.translate`` table folding each character to its NFKC form when that is one character
    (full-width ``１３５``, ``＠``, ``．`` become ASCII), else keeping it: the folded text has the same offsets."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code))
        self[code] = value = folded if len(folded) == 1 else chr(code)
        return value


_FOLDING = _Folding()


_NOT_IDEOGRAPH = re.compile(r"[^\u4e00-\u9fff]")  # (the unified ideographs never fold)


def _fold(text: str) -> str:
    # a text in NFKC already holds no character that folds (each such character is never NFKC's output)
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    # text.translate(_FOLDING), one replace per character that folds (what it folds to never folds again)
    for ch in {ch for ch in set(_NOT_IDEOGRAPH.findall(text)) if _FOLDING[ord(ch)] != ch}:
        text = text.replace(ch, _FOLDING[ord(ch)])
    return text


def personal_data_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of ``text`` that hold a phone number, an e-mail address or an ID-card number.

    The patterns run on the text with full-width characters folded (same offsets); a number may run over
    one line break.
    """
    if not _TRIGGER.search(text):
        return []
    whole = _WHOLE.get(text) if len(text) >= _WHOLE_TEXT else None
    if whole is not None:
        return list(whole)
    folded = _fold(text)
    spans = []
    for k, pattern in enumerate(PERSONAL_DATA):
        check = _CHECKS.get(k)
        if k == 0 and "@" not in folded:
            continue  # an e-mail address needs its @
        pos = 0
        while (m := pattern.search(folded, pos)) is not None:
            found = m.group()
            if found.count("\n") > 1 or (check is not None and not check(found)):
                pos = m.start() + 1  # a number may still start inside it
                continue
            spans.append(m.span("said") if "said" in pattern.groupindex else m.span())
            pos = max(m.end(), m.start() + 1)
    spans.sort()
    if len(text) >= _WHOLE_TEXT:
        if len(_WHOLE) >= 4:
            _WHOLE.clear()
        _WHOLE[text] = tuple(spans)
    return spans


#: the spans of the last few long texts: a document's whole text is scanned by the context (has it contact
#: data at all?) and again when the document is scrubbed
_WHOLE: dict[str, tuple[tuple[int, int], ...]] = {}
_WHOLE_TEXT = 2000


@lru_cache(maxsize=4096)  # an evidence's sentence is redacted for each unit, amount and name it holds
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


_NOT_TEXT = frozenset({"doc_id", "sha256"})  # an identifier (doc_id_for leaves such numbers out), and a digest
T = TypeVar("T")


def _redact_once(text: str, memo: dict[str, str]) -> str:
    """:func:`redact`, each distinct string of a document once (its sentences recur in many evidences)."""
    out = memo.get(text)
    if out is None:
        out = memo[text] = redact(text)
    return out


def _same(new: object, old: object) -> bool:
    return new is old or type(new) is str and new == old


def _scrub(obj: T, masked: str, memo: dict[str, str]) -> T:
    """``obj`` with every string redacted; ``obj`` itself (not a copy) where nothing in it changes."""
    if isinstance(obj, str):
        return _redact_once(obj, memo)  # type: ignore[return-value]
    if isinstance(obj, (tuple, list)):
        items = [_scrub(x, masked, memo) for x in obj]
        if all(map(_same, items, obj)):
            return obj
        return tuple(items) if isinstance(obj, tuple) else items  # type: ignore[return-value]
    if isinstance(obj, dict):
        return {k: _scrub(v, masked, memo) for k, v in obj.items()}  # type: ignore[return-value]
    if isinstance(obj, Evidence):
        # the span text again from the redacted text: a span that cuts a number is masked all the same
        text = (" ".join(masked[obj.start:obj.end].split()) if masked and obj.end <= len(masked)
                else _redact_once(obj.text, memo))
        sentence = _redact_once(obj.sentence, memo)
        if text == obj.text and sentence == obj.sentence:
            return obj
        return dataclasses.replace(obj, text=text, sentence=sentence)  # type: ignore[return-value]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes: dict[str, Any] = {f.name: _scrub(getattr(obj, f.name), masked, memo)
                                   for f in dataclasses.fields(obj) if f.name not in _NOT_TEXT}
        if all(_same(v, getattr(obj, k)) for k, v in changes.items()):
            return obj
        return dataclasses.replace(obj, **changes)  # type: ignore[return-value]
    return obj


def scrub_document(doc: PolicyDocument) -> PolicyDocument:
    """``doc`` with personal contact data masked in every string; offsets stay valid.

    >>> d = PolicyDocument("d", "d.txt", "", "关于X的答复", "proposal_reply", text="联系电话: 23949461")
    >>> scrub_document(d).text
    '联系电话: ********'
    """
    masked = redact(doc.text)
    if masked == doc.text:
        return doc  # every string of the document comes from its text, and the text holds no contact data
    scrubbed = _scrub(doc, masked, {})
    return dataclasses.replace(scrubbed, text=masked)
