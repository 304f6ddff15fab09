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

import dataclasses
import logging
import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.facts.amount_cues import (
    ACHIEVED,
    AWARD_AFTER,
    CAP_LEFT,
    CAP_RIGHT,
    FLOOR_LEFT,
    FUND_ANY,
    FUND_NOUN,
    LABEL,
    LABEL_GROUP,
    QUALIFIER,
    RATIO_LEFT,
    RATIO_RIGHT,
    RATIO_STAT,
    STAT_LEFT,
    STAT_RIGHT,
    SUPPORT,
    THRESHOLD_PREFIX,
    TOTAL_LEFT,
)
from policykg.loaders.facts.amount_tokens import (
    MoneyToken,
    end_of_clause,
    end_of_sentence,
    money_tokens,
    start_of_clause,
    start_of_sentence,
    to_yuan,
)
from policykg.schema.models import Amount

__all__ = ["ParsedAmount", "parse_amounts", "extract_amounts", "to_yuan"]

log = logging.getLogger(__name__)

_GROUP_SEP = re.compile(r"^\s*(?:、|和|及|或)\s*$")
_ENUM_ITEM = re.compile(r"[^、,;。:()和及与]{1,12}")
_TOTAL_TAIL = re.compile(r"(?:为|达到?|约|共|合计|总计|不低于|不少于|不小于)+$")
_NOT_TOTAL = re.compile(r"投资额|总投资|营业收入|收入|产值")
_TOTAL_START = re.compile(r"总规模|规模|总额|不低于|不少于")
_SETS_UP = re.compile(r"设立|安排|筹集|募集|组建|预算|出资")
_ALLOCATES = re.compile(r"(?:^|统筹|共|另|再|专门|每年|财政)安排(?:资金|经费)?$")  # 统筹安排1.5亿元: a budget
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


def _groups(tokens: list[MoneyToken], text: str) -> list[list[MoneyToken]]:
    """Adjacent money tokens joined by 、/和 (2000万、5000万、1亿) form one enumeration."""
    groups: list[list[MoneyToken]] = []
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
    seg = left[start_of_clause(left, k) if k else 0:k]
    seg = seg.split(",")[-1]
    items = [x for x in re.split(r"、|和|及", seg) if x]
    if len(items) != n or not all(_ENUM_ITEM.fullmatch(x) for x in items):
        return None
    items[0] = re.sub(r"^(?:对|向|为|给)", "", items[0])
    items[-1] = re.sub(r"(?:的|分别)+$", "", items[-1])
    return items


_CHANGE_BY = re.compile(r"(?:下降|降低|减少|递减|下调|上调|退坡|扣减)(?:分别|为)?[\d.、/元角瓦千时度万亿kKwWhH]*$")


_AWARD_VERB = re.compile(r"(?:给予|颁发|发放|奖励)[^,。;]{0,4}$")
_AWARD_FLOOR = re.compile(r"^\s*以上(?=[\d一二三四五六七八九十百千]|[\u4e00-\u9fff]{0,6}?(?:奖励|奖金|补贴|补助))")
_CHANGED_TO = re.compile(r"^\s*(?:最高|最低|分别)?(?:提高|提升|提|降低|降|下调|上调|调整|增加|减少)(?:至|到|为)")
_A_RATE = re.compile(r"^\s*的?(?:税率|费率|利率|征收率|缴存比例|首付比例)")  # 减按1%的税率征收契税: a rate, no sum


# what a share is of when it is money: a sum, a price, a cost, a subsidy
_MONEY_CONTEXT = re.compile(r"增发|抚恤|补贴|补助|资助|奖励|奖补|贴息|费|资金|经费|租金|价|金额|总额|额度|限额|成本|利率|利息|担保|保险|配套|投资|支出|收入|元"
                            r"|工资|薪酬|报销|减免|返还|缴纳|税|融资|贷款|基金|分担|承担")
_SCORE_SHARE = re.compile(r"分值|权重|得分|评分|分数|(?:考评|考核|测评|评价)结果")
# 1900元/生·年, 500元/人·月: a rate per head and period is a benefit's standard (a student's aid)
_PER_HEAD = re.compile(r"\s*/\s*(?:生|人|户)\s*[·•.]?\s*(?:学年|学期|年|月)")
_EARNED = re.compile(r"工资|收入|平均|人均|价格|成本|薪酬")  # 平均工资4000元/人·月: a statistic, not a benefit
_GIVEN_NOUN = re.compile(r"^\s*(?:的)?[\u4e00-\u9fff]{0,4}?(?:运营经费|工作经费|经费|补贴|奖励|补助|资助|奖金|奖补)")


def _classify(text: str, group: list[MoneyToken], thresholds: list[tuple[int, str]]) -> list[ParsedAmount]:
    first, last = group[0], group[-1]
    c0, c1 = start_of_clause(text, first.start), end_of_clause(text, last.end)
    s0, s1 = start_of_sentence(text, first.start), end_of_sentence(text, last.end)
    left, right = text[c0:first.start], text[last.end:c1]
    sentence = text[s0:s1]
    near = left[-14:]
    floor = _AWARD_FLOOR.match(right)
    if floor and _AWARD_VERB.search(near):  # 给予二十万元以上奖励 / 颁发五十万元以上八十万元以下特别奖金: at least
        low = _make(text, c0, group, "fixed", "不低于")
        at = last.end + floor.end()
        hi = [dataclasses.replace(t, start=t.start + at, end=t.end + at) for t in money_tokens(text[at:at + 16])[:1]]
        if hi and hi[0].start == at and text.startswith("以下", hi[0].end):
            return [low, ParsedAmount(hi[0].start, hi[0].end, text[hi[0].start:hi[0].end], "cap",
                                      hi[0].values[0][1], None, "range")]
        return [low]
    if STAT_RIGHT.match(right) and not CAP_RIGHT.match(right):
        return _as_threshold(group, text, left, thresholds)
    if _CHANGE_BY.search(near) or (near.endswith(("从", "由")) and _CHANGED_TO.match(right)):
        return []  # 补贴分别下降0.05元/瓦: a change of a rate; 返还比例从60%提至90%, 由50万元调整为60万元: the level it leaves
    if first.kind == "ratio":
        if RATIO_STAT.search(left) or _A_RATE.match(right) or not (RATIO_LEFT.search(left) or RATIO_RIGHT.match(right)):
            return []
        if not _MONEY_CONTEXT.search(sentence) and not text.endswith("标准的", 0, first.start):
            return []  # 保管自然损耗不超过0.1%: a share of grain, not of money
        if _SCORE_SHARE.search(text, c0, c1):
            return []  # 考评分值…分别为40%、40%和20%比例形成考评结果: weights of a score, not shares of money
        start = _cue_start(text, c0, first.start, re.compile(r"按照?|不超过|不高于|最高"))
        return [ParsedAmount(start, first.end, text[start:first.end], "ratio", None, first.ratio, None)]
    floor = FLOOR_LEFT.search(near)
    core = _TOTAL_TAIL.sub("", near)
    if not _NOT_TOTAL.search(near) and (_ALLOCATES.search(near) or FUND_ANY.search(sentence) and (
        (TOTAL_LEFT.search(core) and FUND_NOUN.search(sentence))
        or (_SETS_UP.search(left) and (FUND_ANY.search(right[:12]) or FUND_ANY.search(core[-6:])
                                       or _FUND_BEFORE.search(text, max(s0, c0 - 16), c0)))
    )):  # 统筹专项资金,每年安排不少于5亿元: the fund named in the clause before
        return [_make(text, c0, group, "total", floor.group(1) if floor else None)]
    given = bool(_GIVEN_NOUN.match(right))  # 增加60万元运营经费, 给予40万元服务奖励: the sum names what it pays
    if STAT_LEFT.search(left) and not CAP_LEFT.search(near) and not given:
        return _as_threshold(group, text, left, thresholds)
    if _achieved(text[s0:first.start]) and not CAP_LEFT.search(near):
        return []
    if not (SUPPORT.search(sentence) or given or _PER_HEAD.match(right) and not _EARNED.search(left) or _in_standard_table(text, s0)
            or _list_goes_on(text, s0)) and re.search(
            r"[\u4e00-\u9fff]", sentence.replace(text[first.start:last.end], "")):
        return []
    if first.kind == "range":  # 1万元至3万元: both ends, the lower one given at least
        if not first.low_yuan:  # 0至10万元: up to the upper end, no floor
            return [_make(text, c0, group, "cap", None)]
        top = _make(text, c0, group, "cap", f"不低于{first.low}")
        return [ParsedAmount(top.start, top.end, top.text, "fixed", first.low_yuan, None, "range"), top]
    if CAP_LEFT.search(left) or CAP_RIGHT.match(right):
        qual = QUALIFIER.search(left)
        return _with_conditions(text, c0, group, "cap", left, thresholds, qual.group(0) if qual else None)
    qual = QUALIFIER.search(left)
    default = floor.group(1) if floor else (qual.group(0) if qual else None)
    return _with_conditions(text, c0, group, "fixed", left, thresholds, default)


def _list_goes_on(text: str, s0: int) -> bool:
    """Whether the clause at ``s0`` continues, after a semicolon, a list of sums whose support the sentence names
    before it (标准为:一等奖著作5万元/项…;二等奖著作3万元/项…)."""
    if not text.startswith(";", s0 - 1):
        return False
    first = money_tokens(text[s0:s0 + 30])
    if not first or first[0].start > 6:
        return False  # the clause opens with its label and its sum (二等奖著作3万元/项)
    begin = max(text.rfind(ch, 0, s0 - 1) for ch in "。!?\n") + 1
    return bool(_LISTED_SUMS.search(text, begin, s0)) and bool(money_tokens(text[begin:s0]))


_LISTED_SUMS = re.compile(r"给予|奖励|奖金|补贴|补助|资助|奖补|标准为")


# a table header that says its cells are the sums given: 序号⇥奖励对象⇥奖励方式⇥奖励标准
_STANDARD_HEADER = re.compile(r"(?:奖励|补贴|补助|资助|扶持|奖补)(?:标准|金额|额度)")


def _in_standard_table(text: str, at: int, most: int = 60) -> bool:
    r"""Whether ``at`` lies in the rows of a table whose header names the sums as a reward or subsidy
    standard: its cells (直流快充桩:A、B、C、D级分别为106元/千瓦·年…) pay without saying so.

    The rows are the lines above up to the header (a tab-separated line), none of them a sentence
    of prose (no 。).

    >>> _in_standard_table("序号\t对象\t奖励标准\n1\t充电桩\t建设奖励\n直流桩:500元/千瓦", 30)
    True
    >>> _in_standard_table("序号\t对象\t年产值\n1\t企业\t500万元", 20)
    False
    """
    end = at
    for _ in range(most):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        line = text[start:end]
        if "。" in line or len(line) > 160:
            return False
        if "\t" in line and _STANDARD_HEADER.search(line) and not re.search(r"\d", line):
            return True
        if start == 0:
            return False
        end = start - 1
    return False


def _achieved(sentence_left: str) -> bool:
    """Whether the sentence reports support already given rather than offering it."""
    last = None
    for last in ACHIEVED.finditer(sentence_left):
        pass
    return last is not None and not AWARD_AFTER.search(sentence_left, last.end())


def _as_threshold(group: list[MoneyToken], text: str, left: str, thresholds: list[tuple[int, str]]) -> list[ParsedAmount]:
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


def _make(text: str, c0: int, group: list[MoneyToken], kind: str, cond: str | None) -> ParsedAmount:
    tok = group[0]
    if kind == "total":
        m = _TOTAL_START.search(text, max(c0, tok.start - 24), tok.start)
        start = m.start() if m else tok.start
    else:
        start = _cue_start(text, c0, tok.start, CAP_LEFT)
    return ParsedAmount(start, tok.end, text[start:tok.end], kind, tok.values[0][1], None, cond)


def _with_conditions(text: str, c0: int, group: list[MoneyToken], kind: str, left: str,
                     thresholds: list[tuple[int, str]], default: str | None) -> list[ParsedAmount]:
    values = [(tok, t, v) for tok in group for t, v in tok.values]
    n = len(values)
    conds: list[str | None] = [default] * n
    sentence_left = text[start_of_sentence(text, group[0].start):group[0].start]
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
    for group in _groups(money_tokens(text), text):
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
