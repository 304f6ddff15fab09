"""Text normalisation with an offset map back to the original text.

Extractors match on a cleaned copy of the document: NFKC punctuation folding
(full-width ``，：（）`` become ``,:()``), no spaces between Chinese characters,
Word and web artefacts removed, and paragraphs that a page break cut in two
joined again.  :class:`NormText` keeps, for every character of that copy, the
index of the character of the original it came from, so every match can be
reported as evidence in the original text.

Examples
--------
>>> nt = normalize("对参与国家级、省级区块链标准制定的主要单位，分别给予 50、30 万元的奖励。")
>>> nt.text
'对参与国家级、省级区块链标准制定的主要单位,分别给予50、30万元的奖励。'
>>> s = nt.text.index("50")
>>> nt.original_span(s, s + 7)
(27, 35)
>>> nt.original_text(s, s + 7)
'50、30 万元'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NormText", "normalize", "fold", "is_cjk", "TRAILER_MARKERS"]

# Characters NFKC leaves alone that we still fold.
_EXTRA_FOLD = {
    "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "",
    "\ufeff": "", "\u2014": "-", "\u2013": "-", "\u2015": "-", "\u2012": "-", "\uff5e": "~",
    "\u301c": "~", "\u2500": "-", "\u30fb": "·", "\u2027": "·", "\u2022": "·",
    "\u3014": "〔", "\u3015": "〕", "\u2018": "‘", "\u2019": "’",
}
# NFKC turns these into ASCII we do not want (〔〕 stay; they mark a 文号 year).
_KEEP = set("〔〕【】「」『』《》〈〉“”‘’、。·")

# A line that starts one of these ends the document: web-page chrome after the text.
TRAILER_MARKERS = re.compile(
    r"^\s*(?:\d+[.、])?\s*(?:微信扫描|扫一扫|关注公众号|.{0,8}公众号|本文版权|版权所有|版权归|延伸阅读|根据标签自动聚合"
    r"|相关阅读|相关链接|责任编辑|分享到|打印本页|关闭窗口|【打印】|【关闭】|免责声明|附件下载)"
)
_WORD_ARTEFACT = re.compile(r"\[bookmark:[^\]]*\]|\*\*|\[\[[^\]]*\]\]|\{\{[^}]*\}\}")
_HEADING_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|第[一二三四五六七八九十]+[章条节部分])"
)
_SENTENCE_END = set("。!?;:”」』)》…")
# Header lines that stand alone: portal labels (级别:), a 文号, a date, an addressee line (各区人民政府:).
_STANDALONE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,6}\s*:"
    r"|[\u4e00-\u9fff]{1,12}[〔\[(【]\d{4}[〕\])】]\d{1,5}号\s*$"
    r"|[\u4e00-\u9fff]{0,30}令?\s*第\s*\d{1,5}\s*号\s*$"  # 国家安全生产监督管理总局令第88号: a decree's number
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$"
    r"|[〇零一二三四五六七八九Oo○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$"  # 二O一一年十二月十五日
    r"|各[^。]{1,60}:\s*$"
    r"|(?:序号|编号)\s*$"  # a flattened table's first column label: its header and rows follow, one cell a line
    r"|(?:政策|文件)?(?:原文|正文|全文)\s*$)"  # a portal's section label before the text
)


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


@functools.lru_cache(maxsize=16384)  # the same short strings (titles, unit names) are folded over and over
def fold(text: str) -> str:
    """Fold one string the way :func:`normalize` folds a document (no offsets kept).

    >>> fold("（市工信局、市财政局）")
    '(市工信局、市财政局)'
    """
    out = normalize(text, join_breaks=False, cut_trailer=False).text
    while True:  # squeezing spaces can join a new artefact ("* *" -> "**"): fold to a fixed point
        again = normalize(out, join_breaks=False, cut_trailer=False).text
        if again == out:
            return out
        out = again


@dataclass(frozen=True)
class NormText:
    """A normalised text and, per character, its index in the original."""

    original: str
    text: str
    index: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of :attr:`text` to a half-open span of :attr:`original`."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        """The original text behind a span of :attr:`text`."""
        a, b = self.original_span(start, end)
        return self.original[a:b]


def _fold_char(ch: str) -> str:
    if ch in _EXTRA_FOLD:
        return _EXTRA_FOLD[ch]
    if ch in _KEEP or ch.isascii():
        return ch
    return unicodedata.normalize("NFKC", ch)


#: characters already looked at: those that fold to themselves, to one other character, to none or several
_SAME: set[str] = set()
_ONE: dict[str, str] = {}
_ODD: set[str] = {"\r"}


def _classify(chars: set[str]) -> None:
    global _OTHER
    for ch in chars - _SAME - _ONE.keys() - _ODD:
        out = _fold_char(ch)
        if out == ch:
            _SAME.add(ch)
        elif len(out) == 1:
            _ONE[ch] = out
        else:
            _ODD.add(ch)
    if len(_SAME) >= _OTHER[1] * 5 // 4 + 64:  # (grown by a quarter: compiled again, a few times a process)
        _OTHER = (re.compile("[^" + re.escape("".join(sorted(_SAME))) + "]"), len(_SAME))


#: any character not (yet, when compiled) known to fold to itself: a text's others are found without a set of it all
_OTHER: tuple[re.Pattern[str], int] = (re.compile(".", re.S), 0)


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character (Word artefacts dropped, CR LF and CR as LF), with each
    folded character's index in ``text``.

    Characters that fold to one other character are replaced in place (offsets unchanged); those that
    fold to none or several, and CR, are handled one by one.
    """
    present = set(_OTHER[0].findall(text))  # (a superset of the characters not in _SAME: _SAME only grows)
    _classify(present)
    folds = {ch: _ONE[ch] for ch in present & _ONE.keys()}
    folded = text
    if any(out in _ONE for out in folds.values()):  # each character folds once (a chain would fold twice)
        folded = text.translate({ord(ch): out for ch, out in folds.items()})
    else:
        for ch, out in folds.items():
            folded = folded.replace(ch, out)
    odd = present & _ODD
    artefacts = [m.span() for m in _WORD_ARTEFACT.finditer(text)]
    if not odd and not artefacts:
        return folded, range(len(text))  # type: ignore[return-value]  # (sliced by line: ranges, not lists)
    stops = [(m.start(), -1) for m in re.finditer("[" + re.escape("".join(sorted(odd))) + "]", text)] if odd else []
    chars: list[str] = []
    index: list[int] = []
    i = 0
    n = len(text)
    for at, end in sorted(artefacts + stops):
        if at < i:  # inside an artefact already skipped, or the LF of a CR LF
            continue
        if at > i:
            chars.append(folded[i:at])
            index.extend(range(i, at))
        if end >= 0:  # an artefact
            i = end
            continue
        ch = text[at]
        i = at
        if ch == "\r":
            ch = "\n"
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
        out = _fold_char(ch)
        chars.append(out)
        index.extend([i] * len(out))
        i += 1
    if i < n:
        chars.append(folded[i:])
        index.extend(range(i, n))
    return "".join(chars), index


def _lines(folded: str, index: list[int]) -> list[tuple[str, list[int]]]:
    """Split into lines, drop indentation, fold spaces next to Chinese characters."""
    lines: list[tuple[str, list[int]]] = []
    start = 0
    for line in folded.split("\n"):
        end = start + len(line)
        lines.append(_squeeze(line, index[start:end]))
        start = end + 1
    return lines


# a line that so far holds only a heading's number (一、 1. (一)): a tab after it is indentation
_NUMBER_ONLY = re.compile(r"(?:[一二三四五六七八九十百]{1,4}[、.]|\d{1,3}[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|第[一二三四五六七八九十百零\d]+[条章节])")
_BLANKS = re.compile(r"[ \t\v\f]+")


def _squeeze(line: str, index: list[int]) -> tuple[str, list[int]]:
    if " " not in line and "\t" not in line and "\v" not in line and "\f" not in line:
        return line, index
    out_c: list[str] = []
    out_i: list[int] = []
    i = 0
    n = len(line)
    for m in _BLANKS.finditer(line):
        a, j = m.span()
        if a > i:
            out_c.append(line[i:a])
            out_i.extend(index[i:a])
        prev = out_c[-1][-1] if out_c else ""
        nxt = line[j] if j < n else ""
        run = m.group()
        # a tab between two cells of a table row stays (a task table's row keeps its columns);
        # one after a heading's number (一、\t总体要求) is indentation
        if prev and nxt and "\t" in run and not _NUMBER_ONLY.fullmatch("".join(out_c)):
            out_c.append("\t")
            out_i.append(index[a + run.index("\t")])
        # keep one space only between two Latin/digit words (Fashion Channel)
        elif prev and nxt and (prev.isascii() and prev.isalnum()) and (nxt.isascii() and nxt.isalnum()):
            out_c.append(" ")
            out_i.append(index[a])
        i = j
    if i < n:
        out_c.append(line[i:])
        out_i.extend(index[i:])
    return "".join(out_c), out_i


_NOTICE_LINE = re.compile(r"^[^,。;:《》]{0,60}(?:关于[^,。;:]{2,100}|印发《[^《》]{2,80}》)的(?:通知|通报|通告|决定|意见|批复|公示)$")
_TITLE_END = re.compile(r"(?:通知|通报|意见|方案|措施|办法|规定|细则|计划|规划|要点|纲要|决定|答复|复函|函|公告|通告|公示|批复|条例"
                        r"|[〔\[]\d{4}[〕\]]\d{1,5}号)$")  # …的通知国办函〔2021〕49号: a title with its 文号 run on


_BODY_LINE = re.compile(r"^[\u4e00-\u9fff]{4,24}(?:局|委员会|厅|办公室|人民政府)(?:文件)?$")


def _is_continuation(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` continues a paragraph that a page break cut after ``prev``."""
    if not prev or not nxt or len(prev) < 12:
        return False
    if prev[-1] in _SENTENCE_END or nxt.startswith("尊敬的"):
        return False
    if "\t" in prev or "\t" in nxt:  # a table's row is a line of its own (its cells are tab-separated)
        return False
    if _HEADING_START.match(nxt) or _STANDALONE.match(prev) or _STANDALONE.match(nxt):
        return False
    if _HEADING_START.match(prev) and "。" not in prev:
        return False
    if _BODY_LINE.search(prev) and len(nxt) <= 20 and not re.search(r"[,。;:、!?]", nxt):
        return False  # 济南市发展和改革委员会文件 / 济南市财政局: a red header's bodies, one a line
    last, first = prev[-1], nxt[0]
    return (is_cjk(last) or last.isalnum() or last in ",、") and (is_cjk(first) or first.isalnum())


def _overlap(prev: str, nxt: str) -> int:
    """Length of a tail of ``prev`` that a page break repeated at the start of ``nxt``."""
    for k in range(min(6, len(prev), len(nxt)), 1, -1):
        if prev.endswith(nxt[:k]):
            return k
    return 0


#: the lines of the last document normalised with its trailer cut (never changed in place: shared)
_DOCUMENT_LINES: dict[str, list[tuple[str, list[int]]]] = {}


def _kept_lines(text: str, cut_trailer: bool) -> list[tuple[str, list[int]]]:
    """The folded, squeezed, non-blank lines of ``text`` with their offsets, web-page chrome after it cut."""
    folded, index = _fold_with_index(text)
    lines = [(s, ix) for s, ix in _lines(folded, index) if s.strip()]
    if cut_trailer:
        stops = [s.count("。") for s, _ in lines]
        after = sum(stops)
        for k, (s, _) in enumerate(lines):
            after -= stops[k - 1] if k else 0
            if k > 0 and TRAILER_MARKERS.match(s) and after <= max(5, sum(stops) - after):
                lines = lines[:k]  # (a page's share/print bar above its document, with the text below, is no trailer)
                break
    return lines


def normalize(text: str, *, join_breaks: bool = True, cut_trailer: bool = True) -> NormText:
    """Normalise a document's text, keeping a map back to ``text``.

    Parameters
    ----------
    text : str
        The decoded original text.
    join_breaks : bool
        Join paragraphs that a page break cut in the middle of a sentence.
    cut_trailer : bool
        Drop web-page chrome after the document (公众号, 版权, 延伸阅读 lines).

    Returns
    -------
    NormText
        Lines joined by ``"\\n"``, blank lines dropped.
    """
    lines = _DOCUMENT_LINES.get(text) if cut_trailer else None
    if lines is None:
        lines = _kept_lines(text, cut_trailer)
        if cut_trailer:  # a document is normalised twice (joined, and as written for its tables): its lines once
            _DOCUMENT_LINES.clear()
            _DOCUMENT_LINES[text] = lines
    merged: list[tuple[str, list[int]]] = []
    for s, ix in lines:
        if join_breaks and merged and _is_continuation(merged[-1][0], s) and not (
                (len(merged) <= 3 or len(merged) <= 12 and len(merged[-1][0]) <= 40 and not re.search(r"[,。;:]", merged[-1][0])
                 and _STANDALONE.match(merged[-2][0]))  # 穗埔组通〔2024〕6号 / 广州开发区…政策措施: a title below its 文号
                and _TITLE_END.search(merged[-1][0]) or _NOTICE_LINE.match(merged[-1][0])):
            # a title line (or a notice's own title line below a page's heading) is not cut by a page break
            ps, pix = merged[-1]
            k = _overlap(ps, s)
            if k:
                ps, pix = ps[:-k], pix[:-k]
            merged[-1] = (ps + s, [*pix, *ix])  # (an index may be a range)
        else:
            merged.append((s, ix))
    out_c: list[str] = []
    out_i: list[int] = []
    for k, (s, ix) in enumerate(merged):
        if k:
            out_c.append("\n")
            out_i.append(ix[0] - 1 if ix else 0)
        out_c.append(s)
        out_i.extend(ix)
    return NormText(text, "".join(out_c), tuple(out_i))
