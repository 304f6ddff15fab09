"""Where a candidate name may start: the hard or soft boundaries of a text before a name's ending.

Brackets around a place inside a company name (本源量子计算科技(合肥)股份有限公司) are not boundaries.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache

from policykg.loaders.entities.lexicon import lexicon
from policykg.loaders.gazetteers.places import short_place_prefix

__all__ = ["Bounds", "is_place_name"]

_PLACE_IN_NAME = re.compile(r"\([\u4e00-\u9fff]{2,6}\)(?=[\u4e00-\u9fff]{0,10}(?:有限公司|有限责任公司|集团|公司))"
                            r"|(?<=中国)\([\u4e00-\u9fff]{2,3}\)(?=自由贸易|自贸)")  # 中国(江苏)自由贸易试验区
_BRACKETED = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


class Bounds:
    """Hard-boundary positions of a text, for O(log n) chunk starts.

    Brackets around a place inside a company name (本源量子计算科技(合肥)股份有限公司) are not boundaries.
    """

    def __init__(self, text: str, pattern: re.Pattern[str], inner: set[int] | None = None) -> None:
        if inner is None:  # (the same for every pattern: one text's brackets)
            inner = {i for m in _PLACE_IN_NAME.finditer(text) for i in (m.start(), m.end() - 1)}
            inner.update(i for m in _BRACKETED.finditer(text) if is_place_name(m.group(1)) and _CJK_CHAR.match(text, m.end())
                         and m.start() and _CJK_CHAR.match(text[m.start() - 1]) for i in (m.start(), m.end() - 1))
        self.inner, self._text, self._pattern = inner, text, pattern

    @cached_property
    def pos(self) -> list[int]:  # (found on first use: a text without enumerations never needs the soft ones)
        return [m.start() for m in self._pattern.finditer(self._text) if m.start() not in self.inner]

    def start_before(self, i: int) -> int:
        k = bisect_left(self.pos, i)
        return self.pos[k - 1] + 1 if k else 0

    def start_within(self, i: int, lo: int) -> int:
        """``max(self.start_before(i), lo)``: only ``[lo, i)`` is looked at (the text's boundaries are not all
        found for a few names), unless brackets inside names are to be skipped."""
        if self.inner or "pos" in self.__dict__:
            return max(self.start_before(i), lo)
        m = _last_of(self._pattern).match(self._text, max(lo, 0), i)
        return m.end() if m else max(lo, 0)


@lru_cache(maxsize=8)
def _last_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The last match of a one-character ``pattern`` in a span (its end is the position after it)."""
    return re.compile(r"(?s:.*)(?:" + pattern.pattern + ")")


@lru_cache(maxsize=8192)  # a pure function of its strings (the lexicons never change): names recur
def is_place_name(s: str) -> bool:
    """Whether ``s`` names a place: the lexicon's, or a short place prefix of at most four characters."""
    lex = lexicon()
    return lex.is_place(s) or bool(short_place_prefix(s) and len(s) <= 4)
