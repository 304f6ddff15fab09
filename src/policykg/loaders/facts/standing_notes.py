r"""Notes that stand for the rest of a document: a collective's members given once (各区政府(含…,下同)) and units
a bracket makes responsible for every later item (以下均需各市、县人民政府落实,不再一一列出).

>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.structure.spans import MeasureSpan
>>> ctx = DocContext("d", normalize("一、保供稳价。(省商务厅负责,各市、县人民政府负责落实。以下均需各市、县人民政府落实,不再一一列出)\n"
...                                 "二、开展购物季活动。(省商务厅负责)"))
>>> found = []
>>> below_all(ctx, MeasureSpan("二", "", ctx.text.index("二、"), len(ctx.text)), found)
>>> [f[2] for f in found]
['各市、县人民政府']
"""
from __future__ import annotations

import re

from policykg.loaders.context import DocContext
from policykg.loaders.facts.unit_lists import _ROLE_TAIL, _ZONE_KIND, split_units

__all__ = ["per_text", "same_below", "below_all", "BELOW_ALL"]

_PER_TEXT: dict[tuple[str, int], tuple[object, object]] = {}


def per_text(name: str, ctx: DocContext, compute):  # noqa: ANN001, ANN202
    """``compute(ctx.text)``, computed once per document text for ``name`` (a document-wide convention)."""
    key = (name, id(ctx.nt))
    hit = _PER_TEXT.get(key)
    if hit is None or hit[0] is not ctx.nt:
        if len(_PER_TEXT) > 64:
            _PER_TEXT.clear()
        hit = _PER_TEXT[key] = (ctx.nt, compute(ctx.text))
    return hit[1]


# 各区政府(含大鹏新区管委会、深汕特别合作区管委会,下同): the units included once are included wherever the collective recurs
_SAME_BELOW = re.compile(r"(?P<x>各[\u4e00-\u9fff]{1,8}?(?:人民政府|政府|管委会))[(](?:含|包括)(?P<y>[^()]{2,60}?),下同[)]")


def same_below(ctx: DocContext, found: list) -> None:
    """Add the units a ``下同`` note includes in a collective to every later mention of that collective."""
    rules = per_text("same below", ctx, lambda text: {
        m.group("x"): (m.start(), [u for u in split_units(m.group("y"), m.start("y")) if not _ZONE_KIND.match(u[0])])
        for m in _SAME_BELOW.finditer(text)})  # (含新区、合作区管委会,下同): kinds of zones name no unit
    if not rules:
        return
    for off, name, _full, role in list(found):
        rule = rules.get(_ROLE_TAIL.sub("", name))
        if rule and off > rule[0]:
            for n, o, f in rule[1]:
                found.append((o, n, f, "co" if role == "lead" else role))



# 以下均需各市、县人民政府落实,不再一一列出 / 以下各项均由X负责: units the note adds to every later item
BELOW_ALL = re.compile(r"以下(?:各项|措施)?(?:均需|均由|均需由|均)(?P<x>(?:[^,。;:()〔〕]|[(〔][市区县旗、]{1,7}[)〕]){2,40}?)(?:负责)?(?:落实|实施|负责|配合)"
                        r"(?:,?不再(?:一一|逐一|单独)?列出)")


def below_all(ctx: DocContext, span, found: list) -> None:  # noqa: ANN001 - MeasureSpan
    """Add the units of a 以下均需…落实,不再一一列出 note to every measure after the one that holds it."""
    notes = per_text("below all", ctx, lambda text: [(m.start(), _as_before(split_units(m.group("x"), m.start("x")), text, m.start()))
                                                    for m in BELOW_ALL.finditer(text)])
    for at, units in notes:
        if span.end > at:  # the measure that holds the note too: 以下 counts from its own bracket
            found.extend((o, n, f, "co") for n, o, f in units)


def _as_before(units: list, text: str, at: int) -> list:
    """A note's units as the list just before it names them: (…和各地方人民政府按职责分工负责。以下均需地方人民政府负责,
    不再列出) speaks of 各地方人民政府."""
    before = text[max(0, at - 120):at]
    each = bool(units) and units[0][2].startswith("各")  # 以下均需各区(县、市)政府、开发园区管委会落实: 各 of every kind
    return [(n, o, "各" + f if not f.startswith("各") and ("各" + f in before or each and _KIND.match(f)) else f)
            for n, o, f in units]


_KIND = re.compile(r"^(?:开发园区|开发区|园区|功能区|产业园区|经济开发区)(?:管委会|管理委员会)$")  # a kind of zone, named by no place
