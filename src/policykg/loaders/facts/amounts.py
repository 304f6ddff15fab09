"""Funding amounts: caps, set awards, ratios and fund sizes.

:func:`parse_amounts` is pure: text in, :class:`ParsedAmount` spans out.
:func:`extract_amounts` runs it over one measure of a document and attaches
evidence.  Counting rules (``tests/data/gold/README.md``):

* 万 is 1e4 and 亿 1e8 yuan; a bare 万 (2000万) counts as 万元.  Chinese
  numerals (五十万元) are read with :mod:`cn2an` and need 元.
* ``cap``: 最高…, 不超过…, 一般不超过…, …以内; ``ratio``: a percentage of a
  cost (按…的50%, value ``None``) or a matching ratio (1:1配套 is 1.0); ``total``: the size of a fund or budget
  (condition 不低于 when the text gives a floor); ``fixed``: any other award
  in a sentence that grants support.
* An enumeration sharing one unit (50、30万元) gives one amount per value;
  conditions come from paired levels (国家级、省级), grades (一、二、三等奖),
  tier thresholds (首超2000万、5000万 …) or a 、-list before 分别.
* A range (10万-50万元) is one ``cap`` at its upper end, with condition
  ``不低于<lower end>``.
* Not amounts: targets and statistics (营业收入超10亿元, 增加值…亿元),
  thresholds (…万元以上的, 首超…), amounts without a number, years, phone
  and document numbers (no currency unit), other currencies, counts.

Examples
--------
>>> [(a.kind, a.value_yuan, a.condition) for a in parse_amounts("对参与国家级、省级标准制定的单位,分别给予50、30万元的奖励。")]
[('fixed', 500000.0, '国家级'), ('fixed', 300000.0, '省级')]
>>> [(a.kind, a.ratio) for a in parse_amounts("按其获得资金支持的50%,给予最高100万元的配套支持。")]
[('ratio', 0.5), ('cap', None)]
>>> parse_amounts("力争实现营业收入超10亿元。")
[]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from policykg.loaders.context import DocContext
from policykg.loaders.facts.amount_cues import (
    ACHIEVED,
    AWARD_AFTER,
    CAP_LEFT,
    CAP_RIGHT,
    CLAUSE_END,
    FLOOR_LEFT,
    FUND_ANY,
    FUND_NOUN,
    LABEL,
    LABEL_GROUP,
    MONEY,
    QUALIFIER,
    RATIO_LEFT,
    RATIO_RIGHT,
    RATIO_STAT,
    SENTENCE_END,
    STAT_LEFT,
    STAT_RIGHT,
    SUPPORT,
    THRESHOLD_PREFIX,
    TOTAL_LEFT,
)
from policykg.schema.models import Amount

__all__ = ["ParsedAmount", "parse_amounts", "extract_amounts", "to_yuan"]

log = logging.getLogger(__name__)

# 千百十 belong to the unit only after a digit (5、3千万元); after a CJK numeral they are the numeral's (五十、三十万元)
_UNIT_SPLIT = re.compile(r"^(.*?)((?:(?<=\d)[千百十])?[万亿]?亿?元?)$")
_GROUP_SEP = re.compile(r"^\s*(?:、|和|及|或)\s*$")
_ENUM_ITEM = re.compile(r"[^、,;。:()和及与]{1,12}")
_TOTAL_TAIL = re.compile(r"(?:为|达到?|约|共|合计|总计|不低于|不少于|不小于)+$")
_NOT_TOTAL = re.compile(r"投资额|总投资|营业收入|收入|产值")
_TOTAL_START = re.compile(r"总规模|规模|总额|不低于|不少于")
_SETS_UP = re.compile(r"设立|安排|筹集|募集|组建|预算|出资")
_FUND_BEFORE = re.compile(r"(?:专项资金|基金|资金池|预算)[,]$")


@dataclass(frozen=True)
class ParsedAmount:
    """One amount found in a text: span ``[start, end)``, the span's text and the :class:`Amount` fields."""

    start: int
    end: int
    text: str
    kind: str
    value_yuan: float | None = None
    ratio: float | None = None
    condition: str | None = None


@dataclass
class _Token:
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
    return not any(ch.isdigit() for ch in number)


_SEGMENT = re.compile(r"[^;。!?\n]+")


def _money_matches(text: str):  # noqa: ANN202
    """MONEY matches, scanning only the sentences that hold a unit (元, 万, 亿, %, 百分之)."""
    for seg in _SEGMENT.finditer(text):
        s = seg.group(0)
        if "元" in s or "万" in s or "亿" in s or "%" in s or "‰" in s or "百分之" in s or "千分之" in s or ":" in s or "倍" in s:
            yield from MONEY.finditer(text, seg.start(), seg.end())


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _money_matches(text):
        s, e = m.span()
        if m.group("match"):
            a, b = float(m.group("m1")), float(m.group("m2"))
            if a > 0 and 0 < b / a <= 1:
                out.append(_Token(s, e, [], kind="ratio", ratio=round(b / a, 6)))
            continue
        if m.group("times"):
            out.append(_Token(s, e, [], kind="ratio", ratio=float(m.group("tnum"))))
            continue
        if m.group("pct"):
            per_mille = m.group("per") == "‰" or m.group("pmil") is not None  # 3‰, 千分之三
            r = _ratio(m.group("pnum"), m.group("pcn") or m.group("pmil"))
            if r is not None and per_mille:
                r = round(r / 10, 7)
            if r is not None:
                out.append(_Token(s, e, [], kind="ratio", ratio=r))
            continue
        if m.group("range"):
            hi_unit = m.group("hi_unit")
            lo_unit = m.group("lo_unit") or hi_unit
            lo, hi = to_yuan(m.group("lo"), lo_unit), to_yuan(m.group("hi"), hi_unit)
            if lo is None or hi is None or lo >= hi or "元" not in hi_unit + lo_unit and _is_cjk_numeral(m.group("hi")):
                continue
            out.append(_Token(s, e, [(m.group(0), hi)], kind="range", low=m.group("lo") + lo_unit, low_yuan=lo))
            continue
        raw = m.group(0)
        if m.group("enum"):
            numbers, unit = _UNIT_SPLIT.match(raw).groups()  # type: ignore[union-attr]
            parts = [p.strip() for p in numbers.split("、")]
        else:
            split = re.match(r"^(.*?\d)(\D.*)$", raw) or _cn_split(raw)
            if not split:
                continue
            parts, unit = [split.group(1).strip()], split.group(2).strip()
        if any(_is_cjk_numeral(p) for p in parts) and "元" not in unit:
            continue  # 五十万 without 元 is too often not money (十万火急)
        values = [(p + unit if m.group("single") else p, to_yuan(p, unit)) for p in parts]
        if any(v is None or v <= 0 for _, v in values):
            continue
        out.append(_Token(s, e, values))  # type: ignore[arg-type]
    return out


def _cn_split(raw: str) -> re.Match[str] | None:
    return re.match(r"^(.*?)(元)$", raw)


def _clause_left(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not CLAUSE_END.match(text[i - 1]):
        i -= 1
    return i


def _clause_right(text: str, pos: int) -> int:
    m = CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _sentence_left(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not SENTENCE_END.match(text[i - 1]):
        i -= 1
    return i


def _sentence_right(text: str, pos: int) -> int:
    m = SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)


def _groups(tokens: list[_Token], text: str) -> list[list[_Token]]:
    """Adjacent money tokens joined by 、/和 (2000万、5000万、1亿) form one enumeration."""
    groups: list[list[_Token]] = []
    for tok in tokens:
        if (groups and tok.kind == "" and groups[-1][-1].kind == ""
                and _GROUP_SEP.match(text[groups[-1][-1].end:tok.start])):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def _labels(left: str, n: int) -> list[str] | None:
    """The last ``n`` level or grade labels of ``left`` (国家级、省级 / 一、二、三等奖), if there are that many."""
    found: list[tuple[int, int, str]] = []
    for m in LABEL_GROUP.finditer(left):
        heads = m.group(1).split("、")
        found.extend((m.start(), i, h + m.group(2)) for i, h in enumerate(heads))
    covered = [(m.start(), m.end()) for m in LABEL_GROUP.finditer(left)]
    for m in LABEL.finditer(left):
        if not any(a <= m.start() < b for a, b in covered):
            found.append((m.start(), 0, m.group(0)))
    found.sort()
    labels = [lab for _, _, lab in found]
    return labels[-n:] if len(labels) >= n else None


def _listed(left: str, n: int) -> list[str] | None:
    """Items of the last 、-list with ``n`` items before 分别 (对A、B、C分别给予…)."""
    k = left.rfind("分别")
    if k < 0:
        return None
    seg = left[_clause_left(left, k) if k else 0:k]
    seg = seg.split(",")[-1]
    items = [x for x in re.split(r"、|和|及", seg) if x]
    if len(items) != n or not all(_ENUM_ITEM.fullmatch(x) for x in items):
        return None
    items[0] = re.sub(r"^(?:对|向|为|给)", "", items[0])
    items[-1] = re.sub(r"(?:的|分别)+$", "", items[-1])
    return items


_CHANGE_BY = re.compile(r"(?:下降|降低|减少|递减|下调|上调|退坡|扣减)(?:分别|为)?[\d.、/元角瓦千时度万亿kKwWhH]*$")


def _classify(text: str, group: list[_Token], thresholds: list[tuple[int, str]]) -> list[ParsedAmount]:
    first, last = group[0], group[-1]
    c0, c1 = _clause_left(text, first.start), _clause_right(text, last.end)
    s0, s1 = _sentence_left(text, first.start), _sentence_right(text, last.end)
    left, right = text[c0:first.start], text[last.end:c1]
    sentence = text[s0:s1]
    near = left[-14:]
    if STAT_RIGHT.match(right) and not CAP_RIGHT.match(right):
        return _as_threshold(group, text, left, thresholds)
    if _CHANGE_BY.search(near):
        return []  # 补贴分别下降0.05元/瓦, 逐年降低0.01元: a change of a rate, not a sum given
    if first.kind == "ratio":
        if RATIO_STAT.search(left) or not (RATIO_LEFT.search(left) or RATIO_RIGHT.match(right)):
            return []
        start = _cue_start(text, c0, first.start, re.compile(r"按照?|不超过|不高于|最高"))
        return [ParsedAmount(start, first.end, text[start:first.end], "ratio", None, first.ratio, None)]
    floor = FLOOR_LEFT.search(near)
    core = _TOTAL_TAIL.sub("", near)
    if FUND_ANY.search(sentence) and not _NOT_TOTAL.search(near) and (
        (TOTAL_LEFT.search(core) and FUND_NOUN.search(sentence))
        or (_SETS_UP.search(left) and (FUND_ANY.search(right[:12]) or FUND_ANY.search(core[-6:])
                                       or _FUND_BEFORE.search(text, max(s0, c0 - 16), c0)))
    ):  # 统筹专项资金,每年安排不少于5亿元: the fund named in the clause before
        return [_make(text, c0, group, "total", floor.group(1) if floor else None)]
    if STAT_LEFT.search(left) and not CAP_LEFT.search(near):
        return _as_threshold(group, text, left, thresholds)
    if _achieved(text[s0:first.start]) and not CAP_LEFT.search(near):
        return []
    if not SUPPORT.search(sentence) and re.search(r"[\u4e00-\u9fff]", sentence.replace(text[first.start:last.end], "")):
        return []
    if first.kind == "range":  # 1万元至3万元: both ends, the lower one given at least
        top = _make(text, c0, group, "cap", f"不低于{first.low}")
        return [ParsedAmount(top.start, top.end, top.text, "fixed", first.low_yuan, None, "range"), top]
    if CAP_LEFT.search(left) or CAP_RIGHT.match(right):
        qual = QUALIFIER.search(left)
        return _with_conditions(text, c0, group, "cap", left, thresholds, qual.group(0) if qual else None)
    qual = QUALIFIER.search(left)
    default = floor.group(1) if floor else (qual.group(0) if qual else None)
    return _with_conditions(text, c0, group, "fixed", left, thresholds, default)


def _achieved(sentence_left: str) -> bool:
    """Whether the sentence reports support already given rather than offering it."""
    last = None
    for last in ACHIEVED.finditer(sentence_left):
        pass
    return last is not None and not AWARD_AFTER.search(sentence_left, last.end())


def _as_threshold(group: list[_Token], text: str, left: str, thresholds: list[tuple[int, str]]) -> list[ParsedAmount]:
    prefix = THRESHOLD_PREFIX.search(left)
    for tok in group:
        thresholds.append((tok.end, (prefix.group(1) if prefix else "") + text[tok.start:tok.end]))
    return []


def _cue_start(text: str, c0: int, pos: int, cue: re.Pattern[str]) -> int:
    m = None
    for m in cue.finditer(text, c0, pos):
        pass
    qual = QUALIFIER.search(text, c0, pos)
    start = m.start() if m else pos
    if qual and qual.start() < start:
        start = qual.start()
    return start if pos - start <= 24 else pos


def _make(text: str, c0: int, group: list[_Token], kind: str, cond: str | None) -> ParsedAmount:
    tok = group[0]
    if kind == "total":
        m = _TOTAL_START.search(text, max(c0, tok.start - 24), tok.start)
        start = m.start() if m else tok.start
    else:
        start = _cue_start(text, c0, tok.start, CAP_LEFT)
    return ParsedAmount(start, tok.end, text[start:tok.end], kind, tok.values[0][1], None, cond)


def _with_conditions(text: str, c0: int, group: list[_Token], kind: str, left: str,
                     thresholds: list[tuple[int, str]], default: str | None) -> list[ParsedAmount]:
    values = [(tok, t, v) for tok in group for t, v in tok.values]
    n = len(values)
    conds: list[str | None] = [default] * n
    sentence_left = text[_sentence_left(text, group[0].start):group[0].start]
    if n > 1:
        recent = [c for end, c in thresholds if end >= group[0].start - len(sentence_left)]
        found = recent[-n:] if len(recent) >= n else (_labels(sentence_left, n) or _listed(sentence_left, n))
        if found:
            conds = list(found)
    else:
        lab = re.search(rf"({LABEL.pattern})(?:的|项目)?(?:按|给予|奖励|补贴)?$", left)
        if lab:
            conds = [lab.group(1)]
    out = []
    shared = len(group) == 1 and n > 1
    for (tok, t, v), cond in zip(values, conds):
        if shared:
            start, end = tok.start, tok.end
        else:
            start = _cue_start(text, c0, tok.start, CAP_LEFT) if kind == "cap" else tok.start
            end = tok.end
        out.append(ParsedAmount(start, end, text[start:end], kind, v, None, cond))
    return out


def parse_amounts(text: str) -> list[ParsedAmount]:
    """Every funding amount of ``text``, in reading order.

    Parameters
    ----------
    text : str
        Normalised policy text: one measure, or a whole document.

    Returns
    -------
    list of ParsedAmount
        Spans index ``text``; ``value_yuan`` is set for cap/fixed/total,
        ``ratio`` (a fraction) for ratio.

    Examples
    --------
    >>> [(a.kind, a.value_yuan, a.condition) for a in parse_amounts("同一机构单次培训支持最高20万元,全年累计支持最高40万元。")]
    [('cap', 200000.0, '单次'), ('cap', 400000.0, '全年累计')]
    >>> [(a.kind, a.value_yuan, a.condition) for a in parse_amounts("设立总规模不低于10亿元的区块链产业基金。")]
    [('total', 1000000000.0, '不低于')]
    >>> [(a.value_yuan, a.condition) for a in parse_amounts("对收入首超2000万、1亿的给予50、100万元的奖励(最高奖励300万)。")]
    [(500000.0, '首超2000万'), (1000000.0, '首超1亿'), (3000000.0, None)]
    """
    if not text:
        return []
    out: list[ParsedAmount] = []
    thresholds: list[tuple[int, str]] = []
    for group in _groups(_tokens(text), text):
        try:
            out.extend(_classify(text, group, thresholds))
        except (ValueError, IndexError) as exc:  # a malformed span must not stop a document
            log.debug("amount at %d skipped: %s", group[0].start, exc)
    return out


def extract_amounts(ctx: DocContext, start: int, end: int) -> tuple[Amount, ...]:
    """The amounts of ``ctx.text[start:end]`` (one measure) with evidence in original offsets."""
    out = []
    for p in parse_amounts(ctx.text[start:end]):
        ev = ctx.evidence(start + p.start, start + p.end)
        shown = "".join(ctx.nt.original_text(start + p.start, start + p.end).split("\n")).strip() or p.text
        out.append(Amount(shown, p.kind, p.value_yuan, p.ratio, p.condition, ev))  # type: ignore[arg-type]
    return tuple(out)
