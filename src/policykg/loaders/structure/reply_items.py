"""A reply's own items: its numbered points (一、/(一)/1.), enumerations (一是/二是) and bureaus' parts.

A reply that answers point by point delimits its measures itself: each numbered heading with
its paragraphs, each 一是/二是 point (which replaces the heading it sits under), and, in a
handling record answered by several bureaus (办复内容:(区经发局)一是…(区财金局)一是…), each
point of each bureau's part. A paragraph that opens with 下一步/今后 states what the replying
body will do next and is an item of its own; other paragraphs outside the numbered points
(thanks, background, achievements) are not items.

Examples
--------
>>> from policykg.loaders.structure.metadata import lines_of
>>> text = '''您提出的建议收悉,现答复如下:
... 一、注重规划衔接
... 一是各地市编制布局规划。二是省自然资源部门预留发展空间。
... 二、简化报建手续
... 各地住房建设部门加强指导。
... 下一步,我委将继续推进。'''
>>> [t for _, _, t in reply_items(text, lines_of(text)[1:])]
['各地市编制布局规划', '省自然资源部门预留发展空间', '简化报建手续', '我委将继续推进']
"""
from __future__ import annotations

import re

from policykg.loaders.structure.headings import parse_heading
from policykg.loaders.structure.metadata import Line
from policykg.loaders.structure.spans import short_title

__all__ = ["reply_items", "part_labels", "PART_LABEL"]

# a handling record's part for each bureau it was dispatched to: 办复内容:(区经发局)一是…(区财金局)一是…我局…
PART_LABEL = re.compile(r"(?:^|(?<=[:。;\n]))\s*[(](?P<x>[^()\n,。:;、]{2,14}?(?:局|委|办|院|中心|集团|公司))[)]"
                        r"(?=\s*(?:[一二三四五六七八九十]是|[一二三四五六七八九十]、|关于|根据|我|为|\d))")
# 一是…二是…: at a line's or sentence's start, or right after a part's label
_POINT = re.compile(r"(?:^|(?<=[。;!?:)]))\s*(?:\*\*)?(?=[一二三四五六七八九十]是(?!否|非))")
_NEXT = re.compile(r"^(?:下一步|下步|今后|接下来)")
_LEADING = re.compile(r"^[\s*]*(?:[一二三四五六七八九十]是)?[,:]?(?:关于)?")
_CLAUSE = re.compile(r"[,。;:]")


def part_labels(text: str) -> list[re.Match[str]]:
    """The bureau labels that open the parts of a reply answered by several bureaus (two at least).

    >>> [m.group("x") for m in part_labels("办复内容:(区经发局)一是加强服务。(区财金局)一是落实资金。")]
    ['区经发局', '区财金局']
    """
    found = list(PART_LABEL.finditer(text))
    return found if len(found) >= 2 else []


def _title(text: str) -> str:
    for clause in _CLAUSE.split(_LEADING.sub("", text, 1)):
        if len(clause) >= 4:
            return short_title(clause, 16)
    return short_title(text, 16)


def _points(text: str, base: int, cuts: list[int]) -> list[tuple[int, int, str]]:
    """The 一是/二是 points of a paragraph (two at least), each ending at the next point or part label."""
    starts = [m.end() for m in _POINT.finditer(text)]
    if len(starts) < 2:
        return []
    ends = sorted({*starts[1:], len(text), *(c - base for c in cuts if base < c < base + len(text))})
    out = []
    for a in starts:
        b = next(e for e in ends if e > a)
        out.append((base + a, base + b, _title(text[a:b])))
    return out


def reply_items(text: str, lines: list[Line]) -> list[tuple[int, int, str]]:
    """``(start, end, title)`` of each item of a reply's body ``lines`` (see the module's docstring).

    Parameters
    ----------
    text : str
        The whole (normalised) text the lines are cut from.
    lines : list of Line
        The body's lines.
    """
    cuts = [m.start() for m in part_labels(text)]
    out: list[tuple[int, int, str]] = []
    group: list | None = None  # [start, end, title] of the open numbered point
    for ln in lines:
        h = parse_heading(ln.text, ln.start)
        if h is not None and h.level in (1, 2, 3, 4):
            group = [ln.start, ln.end, short_title(h.title, 16)]
            out.append(group)
            inner = _points(ln.text, ln.start, cuts)
            if inner:
                out[-1:] = inner
                group = None
            continue
        inner = _points(ln.text, ln.start, cuts)
        if inner:
            if group is not None and out and out[-1] is group and group[1] - group[0] <= 40:
                out.pop()  # the heading's own points stand for it
            out.extend(inner)
            group = None
        elif _NEXT.match(ln.text):
            out.append([ln.start, ln.end, _title(ln.text)])
            group = None
        elif group is not None:
            group[1] = ln.end
    return [(a, b, t) for a, b, t in out]
