"""A measure's span in the text, and its short title: what every segmenter returns.

:mod:`policykg.loaders.structure.measures` (plans, opinions, funding measures) and
:mod:`policykg.loaders.structure.reply_measures` (replies) both build these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MeasureSpan", "short_title"]

_FIRST_SENTENCE = re.compile(r"[。;:!?]")
_FIRST_CLAUSE = re.compile(r"[,、]")


@dataclass(frozen=True)
class MeasureSpan:
    """A measure's id, short title and span ``[start, end)`` in ``ctx.text``.

    ``path`` holds the labels of its headings; ``genre`` is ``plan`` or
    ``reply`` (it tells :func:`~policykg.loaders.facts.responsibility.extract_responsible`
    which conventions apply).  ``units`` are the unit cells a task table gives
    the measure, as ``(start, end, role)`` spans that may lie outside the measure's
    own text.
    """

    id: str
    title: str
    start: int
    end: int
    path: tuple[str, ...] = ()
    genre: str = "plan"
    units: tuple[tuple[int, int, str], ...] = ()


def short_title(sentence: str, limit: int = 20) -> str:
    """A short title from a sentence: its first clause, at most ``limit`` characters.

    >>> short_title("加快核心技术突破。加强分布式计算与存储")
    '加快核心技术突破'
    >>> short_title("对获评国家级示范项目的企业,给予最高100万元奖励。")
    '对获评国家级示范项目的企业'
    """
    first = _FIRST_SENTENCE.split(sentence, 1)[0]
    if len(first) > limit or "," in first:
        first = _FIRST_CLAUSE.split(first, 1)[0]
    return first[:limit].strip(" ,、")
