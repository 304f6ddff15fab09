"""Flattened texts opened up: a page or record run into one long line, cut where its articles and items begin.

:func:`split_flat` is applied to a document's lines before its measures are read
(:func:`policykg.loaders.structure.measures.extract_measures`).
"""
from __future__ import annotations

import re

from policykg.loaders.context import DocContext
from policykg.loaders.structure.headings import cn_number
from policykg.loaders.structure.spans import MeasureSpan, short_title
from policykg.loaders.structure.titles import Line, header_end, lines_of

__all__ = ["split_flat", "split_glued_articles", "split_paragraphs", "labelled_paragraphs", "bracketed_paragraphs"]


_ARTICLE_AT = re.compile(r"第[一二三四五六七八九十百零〇]{1,5}[条章]")
_CHAPTER_END = re.compile(r"第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff、]{1,14}$")


def split_flat(lines: list[Line], items: bool = False) -> list[Line]:
    """Lines with a flattened 管理办法 opened up: a long line holding several articles (…。第五条 …。第六条 …)
    is cut before each 第N条 / 第N章 that opens a sentence (a cross-reference, 本办法第十三条, is not cut).

    >>> from policykg.loaders.structure.titles import lines_of
    >>> [ln.text for ln in split_flat(lines_of("第一章总则第一条为了加强管理。第二条本办法适用于本市。" * 8))][:3]
    ['第一章总则', '第一条为了加强管理。', '第二条本办法适用于本市。']
    """
    out: list[Line] = []
    for ln in lines:
        t = ln.text
        if len(t) < 200:
            out.append(ln)
            continue
        cuts = [] if items else [m.start() for m in _ARTICLE_AT.finditer(t)
                                 if m.start() > 0 and (t[m.start() - 1] in "。;:) " or _CHAPTER_END.search(t, 0, m.start()))]
        articles = len(cuts) >= 2
        if not articles:
            cuts = _numbered_cuts(t, articles=items)  # 一、…。牵头单位:X…二、…: a plan run into one line
        if len(cuts) < 2:
            out.append(ln)
            continue
        for a, b in zip([0] + cuts, cuts + [len(t)]):
            if t[a:b].strip():
                piece = Line(t[a:b], ln.start + a, ln.start + b)
                # 第五条…(一)省委办公厅:负责…(二)…: an article's items run into it
                out.extend(split_flat([piece], items=True) if articles and len(piece.text) >= 200 else [piece])
    return out if items else split_glued_articles(out)


_LINE_ARTICLE = re.compile(r"^\s*第([一二三四五六七八九十百零〇]{1,5})条")
_GLUED_ARTICLE = re.compile(r"(?<=[。;])第([一二三四五六七八九十百零〇]{1,5})条")


def split_glued_articles(lines: list[Line]) -> list[Line]:
    r"""Lines cut where the next article runs on after a sentence's end (…专项资金。第六条 省科技厅职责如下:), in a
    text whose articles otherwise open lines; only the article that comes next in the numbering is cut (本办法第十三条
    规定的, a cross-reference, is not).

    >>> from policykg.loaders.structure.titles import lines_of
    >>> [ln.text for ln in split_glued_articles(lines_of("第五条 甲负责预算。\n(四)鼓励设立资金。第六条 乙负责管理。依照第九条处理。"))]
    ['第五条 甲负责预算。', '(四)鼓励设立资金。', '第六条 乙负责管理。依照第九条处理。']
    """
    out: list[Line] = []
    last = 0
    for ln in lines:
        m = _LINE_ARTICLE.match(ln.text)
        if m:
            last = cn_number(m.group(1))
        start = 0
        for g in _GLUED_ARTICLE.finditer(ln.text) if last else ():
            if cn_number(g.group(1)) == last + 1:
                out.append(Line(ln.text[start:g.start()], ln.start + start, ln.start + g.start()))
                start, last = g.start(), last + 1
        out.append(Line(ln.text[start:], ln.start + start, ln.end) if start else ln)
    return out


def split_paragraphs(lines: list[Line], original: str, index: tuple[int, ...]) -> list[Line]:
    """Lines with a page run into one line opened up at its paragraphs: where the original indents a paragraph
    with two ideographic spaces (二、重点任务　　(一)打造…平台　　加快建设…), which normalising drops.

    ``original`` and ``index`` are the text before normalising and, per character of the lines' text, its
    index there (:class:`policykg.loaders.normalize.NormText`). A line is cut only with three indents or more.
    """
    out: list[Line] = []
    indented = "\u3000\u3000" in original  # (else no line has a paragraph to open up)
    for ln in lines:
        t = ln.text
        cuts = [k for k in range(1, len(t)) if index[ln.start + k] - index[ln.start + k - 1] > 2
                and original[index[ln.start + k] - 2:index[ln.start + k]] == "\u3000\u3000"] if len(t) >= 200 and indented else []
        if len(cuts) < 3:
            out.append(ln)
            continue
        for a, b in zip([0] + cuts, cuts + [len(t)]):
            out.append(Line(t[a:b], ln.start + a, ln.start + b))
    return out


_BRACKET_END = re.compile(r"[(](?:责任单位|牵头单位|责任部门|牵头部门)\s*:[^()]*(?:[(][^()]*[)][^()]*)*[)]\s*$")


def bracketed_paragraphs(ctx: DocContext) -> list[MeasureSpan]:
    """In a text that numbers nothing, paragraphs that each end with their units' bracket ((责任单位:X、Y)): a
    task each, with the unbracketed paragraphs before it; [] unless three paragraphs or more do so."""
    lines = split_paragraphs(lines_of(ctx.text), ctx.nt.original, ctx.nt.index)
    ends = [k for k in range(header_end(lines), len(lines)) if _BRACKET_END.search(lines[k].text)]
    if len(ends) < 3:
        return []
    out = []
    for n, (a, b) in enumerate(zip([ends[0]] + [e + 1 for e in ends[:-1]], ends), 1):  # (a preamble before the first)
        group = [ln for ln in lines[a:b + 1] if ln.text.strip()]
        out.append(MeasureSpan(str(n), short_title(group[0].text), group[0].start, group[-1].end, (str(n),), "plan"))
    return out


_UNIT_LINE = re.compile(r"^\s*(?:责任单位|牵头单位|责任部门|牵头部门|实施单位|责任主体)\s*:")


def labelled_paragraphs(paras: list[Line]) -> list[Line] | None:
    """A section's tasks that each end with their own unit line (…众创空间。/ 责任单位:X / …): one Line per task,
    from its paragraphs to its unit line; None unless two tasks or more do so.

    The paragraphs before the first task's own are the section's preamble, not a task; paragraphs after the
    last unit line are one more task.
    """
    labels = [k for k, p in enumerate(paras) if _UNIT_LINE.match(p.text)]
    if len(labels) < 2 or labels[0] == 0 or any(b == a + 1 for a, b in zip(labels, labels[1:])):
        return None
    out: list[Line] = []
    first = labels[0] - 1
    for a, b in zip([first] + [k + 1 for k in labels], labels + [len(paras)]):
        if a < len(paras):  # (no paragraph after the last unit line: no further task)
            group = paras[a:b + 1]
            out.append(Line("".join(p.text for p in group), group[0].start, group[-1].end))
    return out


_ITEM_AT = re.compile(r"第(?P<c>[一二三四五六七八九十百]{1,4})条|(?<![第一二三四五六七八九十\d])(?P<n>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]{1,2}、)"
                      r"|[(](?P<p>[一二三四五六七八九十]{1,3})[)]|(?<![\d.%])(?P<a>\d{1,2})(?:[.、](?![\d%])|\.(?=(?:19|20)\d\d年))")
_LABEL_AT = re.compile(r"(?:(?<=[。)])|(?<=[。)] ))(?:牵头单位|责任单位|牵头部门|责任部门|配合单位|实施单位|完成时限)\s*:")
_LEVELS = ("c", "n", "p", "a")  # 第N条 (an article inside a run-on piece), 一、, (一), 1.


def _skip(level: str, by: int, t: str, at: int) -> bool:  # (三)…。(六)…: a skip after a full stop is the text's own
    return level == "p" and 0 < by <= 2 and t[at - 1:at] == "。"


def _numbered_cuts(t: str, articles: bool = False) -> list[int]:
    """Where a flattened plan's items begin: 一、 二、 … , (一) (二) … and 1. 2. … in their sequences, and a
    labelled line after a sentence (。牵头单位:…). A level's numbering goes on or, after an item of a higher
    level, starts again at 1; a numeral out of its sequence (一、二级, 2、3个) cuts nothing.

    >>> t = "一、任务 (一)摸底 1.征集。责任单位:甲局 2.普查。 责任单位:乙局 (二)管理 3.名录。责任单位:丙局 二、保障 (一)组织"
    >>> [t[c:c + 2] for c in _numbered_cuts(t)]
    ['(一', '1.', '责任', '2.', '责任', '(二', '3.', '责任', '二、', '(一']
    """
    expected = dict.fromkeys(_LEVELS, 1)
    restart = dict.fromkeys(_LEVELS, False)
    cuts: list[int] = []
    for m in _ITEM_AT.finditer(t):
        level = next(k for k in _LEVELS if m.group(k))
        n = int(m.group(level)) if level == "a" else cn_number(m.group(level))
        if level == "c":  # inside an article's piece, a later article (…职责第五条) and its items' restart
            if not articles or n < expected["c"]:
                continue
        elif n != expected[level] and not (n == 1 and restart[level]) and not _skip(level, n - expected[level], t, m.start()):
            continue
        cuts.append(m.start())
        expected[level], restart[level] = n + 1, False
        for lower in _LEVELS[_LEVELS.index(level) + 1:]:
            restart[lower] = True
    if len(cuts) < 2:
        return []
    cuts += [m.start() for m in _LABEL_AT.finditer(t)]
    return sorted(c for c in set(cuts) if c > 0)
