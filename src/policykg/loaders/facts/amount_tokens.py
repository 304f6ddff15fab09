"""Money tokens of a text: values with their units, ratios, ranges, read by :mod:`cn2an`.

The first step of :mod:`policykg.loaders.facts.amounts`: it finds every mention
(``最高500万元``, ``50、30万元``, ``10%``, ``10万—50万元``) and reads its value in yuan; the
classification into caps, set awards, ratios and totals is done in :mod:`~policykg.loaders.facts.amounts`.

>>> [(t.values, t.kind) for t in money_tokens("给予50、30万元奖励")]
[([('50', 500000.0), ('30', 300000.0)], '')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from policykg.loaders.facts.amount_cues import CLAUSE_END, MONEY, SENTENCE_END

__all__ = ["MoneyToken", "money_tokens", "to_yuan", "start_of_clause", "end_of_clause", "start_of_sentence", "end_of_sentence"]

# 千百十 belong to the unit only after a digit (5、3千万元); after a CJK numeral they are the numeral's (五十、三十万元)
_UNIT_SPLIT = re.compile(r"^(.*?)((?:(?<=\d)[千百十])?[万亿]?亿?元?)$")


@dataclass
class MoneyToken:
    """A money mention before classification: one value or an enumeration sharing a unit."""

    start: int
    end: int
    values: list[tuple[str, float]]  # (text as written, yuan)
    kind: str = ""  # "" (undecided), "ratio", "range", "skip"
    ratio: float | None = None
    low: str | None = None
    low_yuan: float | None = None


@lru_cache(maxsize=4096)
def to_yuan(number: str, unit: str = "") -> float | None:
    """Yuan for a number and unit as written, read by :mod:`cn2an` (``None`` if unreadable).

    >>> to_yuan("50", "万元"), to_yuan("1.5", "亿"), to_yuan("五十万", "元"), to_yuan("5", "千万")
    (500000.0, 150000000.0, 500000.0, 50000000.0)
    """
    number = number.replace(",", "").strip()
    unit = unit.strip()
    if unit.endswith("元"):
        unit = unit[:-1]
    try:
        value = float(cn2an.cn2an(number + unit, "smart"))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if value != value or value < 0 or value in (float("inf"),):
        return None
    return value


def _ratio(number: str | None, cn: str | None) -> float | None:
    try:
        value = float(cn2an.cn2an(cn, "smart")) if cn else float(number or "")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if not 0 < value <= 100:
        return None
    return round(value / 100, 6)


def _is_cjk_numeral(number: str) -> bool:
    return not any(map(str.isdigit, number))


_SEGMENT = re.compile(r"[^;。!?\n]+")
_RATIO = re.compile(r"\d\s*:\s*\d")


def _money_matches(text: str):  # noqa: ANN202
    """MONEY matches, scanning only the sentences that hold a unit (元, 万, 亿, %, 百分之)."""
    for seg in _SEGMENT.finditer(text):
        s = seg.group(0)
        if ("元" in s or "万" in s or "亿" in s or "%" in s or "‰" in s or "分之" in s or "倍" in s
                or ":" in s and _RATIO.search(s)):  # a matching ratio (1:1) needs a digit either side of its colon
            yield from MONEY.finditer(text, seg.start(), seg.end())


def money_tokens(text: str) -> list[MoneyToken]:
    out: list[MoneyToken] = []
    for m in _money_matches(text):
        s, e = m.span()
        if m.group("match"):
            a, b = float(m.group("m1")), float(m.group("m2"))
            if a > 0 and 0 < b / a <= 1:
                out.append(MoneyToken(s, e, [], kind="ratio", ratio=round(b / a, 6)))
            continue
        if m.group("frac"):
            num, den = "一二三四五六七八九十".index(m.group("fnum")) + 1, "一二三四五六七八九十".index(m.group("fden")) + 1
            if num < den:
                out.append(MoneyToken(s, e, [], kind="ratio", ratio=round(num / den, 4)))
            continue
        if m.group("times"):
            out.append(MoneyToken(s, e, [], kind="ratio", ratio=float(m.group("tnum"))))
            continue
        if m.group("pct"):
            per_mille = m.group("per") == "‰" or m.group("pmil") is not None  # 3‰, 千分之三
            r = _ratio(m.group("pnum"), m.group("pcn") or m.group("pmil"))
            if r is not None and per_mille:
                r = round(r / 10, 7)
            if r is not None:
                out.append(MoneyToken(s, e, [], kind="ratio", ratio=r))
            continue
        if m.group("range"):
            hi_unit = m.group("hi_unit")
            lo_unit = m.group("lo_unit") or hi_unit
            lo, hi = to_yuan(m.group("lo"), lo_unit), to_yuan(m.group("hi"), hi_unit)
            if lo is None or hi is None or lo >= hi or "元" not in hi_unit + lo_unit and _is_cjk_numeral(m.group("hi")):
                continue
            out.append(MoneyToken(s, e, [(m.group(0), hi)], kind="range", low=m.group("lo") + lo_unit, low_yuan=lo))
            continue
        raw = m.group(0)
        if m.group("enum"):
            numbers, unit = _UNIT_SPLIT.match(raw).groups()  # type: ignore[union-attr]
            parts = [p.strip() for p in numbers.split("、")]
        else:
            split = _NUMBER_UNIT.match(raw) or _cn_split(raw)  # 1,000元: the separator is inside the number
            if not split:
                continue
            parts, unit = [split.group(1).strip()], split.group(2).strip()
        if any(_is_cjk_numeral(p) for p in parts) and "元" not in unit:
            continue  # 五十万 without 元 is too often not money (十万火急)
        values = [(p + unit if m.group("single") else p, to_yuan(p, unit)) for p in parts]
        if any(v is None or v <= 0 for _, v in values):
            continue
        out.append(MoneyToken(s, e, values))  # type: ignore[arg-type]
    return out


def _cn_split(raw: str) -> re.Match[str] | None:
    return _YUAN_UNIT.match(raw)


_NUMBER_UNIT = re.compile(r"^(.*?\d)([^\d,.].*)$")
_YUAN_UNIT = re.compile(r"^(.*?)(元)$")
# everything up to the last clause (sentence) end: the greedy dot jumps to the end, then backs off to one
_LAST_CLAUSE_END = re.compile(r"(?s:.*)" + CLAUSE_END.pattern)
_LAST_SENTENCE_END = re.compile(r"(?s:.*)" + SENTENCE_END.pattern)


def start_of_clause(text: str, pos: int) -> int:
    if pos <= 0:
        return pos
    m = _LAST_CLAUSE_END.match(text, 0, pos)  # the last clause end before ``pos`` (found from ``pos`` back)
    return m.end() if m else 0


def end_of_clause(text: str, pos: int) -> int:
    m = CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def start_of_sentence(text: str, pos: int) -> int:
    if pos <= 0:
        return pos
    m = _LAST_SENTENCE_END.match(text, 0, pos)
    return m.end() if m else 0


def end_of_sentence(text: str, pos: int) -> int:
    m = SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)
