"""Numbered headings of a policy text: 第X章, 一、, (一), 1., (1), 第X条.

Examples
--------
>>> h = parse_heading("(一)加快技术研发突破。", 0)
>>> h.level, h.label, h.title, h.inline
(2, '(一)', '加快技术研发突破', False)
>>> h = parse_heading("1.加快区块链核心技术攻关突破。加快区块链前沿技术研究。", 100)
>>> h.level, h.number, h.title, h.inline, h.content_start
(3, 1, '加快区块链核心技术攻关突破', True, 116)
>>> parse_heading("2019年全市实现增加值", 0) is None
True
>>> parse_heading("第五条 对新认定的企业给予奖励。", 0).level
5
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

__all__ = ["Heading", "parse_heading", "HEADING", "LEVEL_CHAPTER", "LEVEL_ARTICLE", "cn_number", "UNIT_LABEL_WORDS"]

_CN = "一二三四五六七八九十百零〇"
HEADING = re.compile(
    rf"^(?:(?P<ch>第[{_CN}]+(?:章|部分))\s*"
    rf"|(?P<art>第[{_CN}]+条)\s*"
    rf"|(?P<l1>第?[一二三四五六七八九十]+)\s*[、.]"
    rf"|[(](?P<l2>[一二三四五六七八九十]+)[)]\s*[、.]?"
    r"|(?P<d1>\d{1,2})(?=[\u4e00-\u9fff][\u4e00-\u9fff、]{1,13}$)(?![万亿元个年月日号人次家项条章节届批倍])"  # 2 组织指挥体系: its top level
    r"|(?P<d>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s*(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]*[万亿元%])"  # 2.1 国家层面组织指挥机构: a plan numbered by decimals
    r"|(?P<l3>\d{1,2})\s*(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}年))"  # 3.2018年要在全国推开…: the item's text opens with a year
    r"|[(](?P<l4>\d{1,2})[)]\s*[、.]?)"
)
LEVEL_CHAPTER = 0
LEVEL_ARTICLE = 5
_TITLE_END = re.compile(r"[。:;!?]")
#: the label of a list of units (责任单位, 牵头部门 …) that a heading's own line may carry after its title
UNIT_LABEL_WORDS = r"(?:牵头|责任|配合|主责)(?:单位|部门)"
_UNIT_LABEL = re.compile(r"(?<=[\u4e00-\u9fff\s])\s*" + UNIT_LABEL_WORDS + "$")


@dataclass(frozen=True)
class Heading:
    """A numbered heading at the start of a line.

    ``level``: 0 chapter, 1 一、, 2 (一), 3 1., 4 (1), 5 article.  ``title`` is the
    text up to the first 。 or : (the whole line when it has none); ``inline``
    tells whether the line goes on after it.
    """

    level: int
    label: str  # as written, e.g. 二, (一), 1, 第五条
    number: int
    title: str
    start: int  # offset of the line
    title_start: int
    content_start: int  # first offset after the title and its punctuation
    end: int  # end of the line
    inline: bool


@lru_cache(maxsize=1024)
def cn_number(s: str) -> int:
    """An integer from Chinese or Arabic numerals (第 and 条 ignored).

    >>> cn_number("十二"), cn_number("第二十一条"), cn_number("7")
    (12, 21, 7)
    """
    s = s.strip("第条章部分()")
    if s.isdigit():
        return int(s)
    try:
        return int(cn2an.cn2an(s.replace("〇", "零"), "smart"))
    except (ValueError, KeyError):
        return 0


@lru_cache(maxsize=8192)  # a document's lines are read for headings by its measures, tables and replies alike
def parse_heading(line: str, start: int) -> Heading | None:
    """The heading that begins ``line`` (which starts at offset ``start``), or None."""
    m = HEADING.match(line)
    if not m:
        return None
    kind = m.lastgroup
    raw = m.group(kind)
    if kind == "d" and len(line) - m.end() > 24 and not _TITLE_END.search(line, m.end(), m.end() + 25):
        return None  # 1.5万元…: a number in a sentence, not a decimal heading (its title is short)
    level = {"ch": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4, "art": 5, "d1": 1}.get(kind, raw.count(".") + 1)
    label = {"l2": f"({raw})", "l4": f"({raw})"}.get(kind, raw)
    if kind == "l1" and raw.startswith("第"):
        label = raw[1:]
    rest = line[m.end():]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    t = _TITLE_END.search(rest)
    if t:
        title = _UNIT_LABEL.sub("", rest[: t.start()])  # 一、降低杠杆率 责任单位:X: the label is no part of the title
        cstart = t.end()
    else:
        title, cstart = rest, len(rest)
    if level == 5 and len(title) > 30:  # an article runs on: its "title" is its first clause
        title = re.split(r"[,;]", title, 1)[0]
    title_start = start + m.end() + lead
    content_start = title_start + cstart
    number = int(raw.rsplit(".", 1)[1]) if kind == "d" else cn_number(raw)
    return Heading(level, label, number, title.strip(), start, title_start, content_start, start + len(line),
                   content_start < start + len(line))
