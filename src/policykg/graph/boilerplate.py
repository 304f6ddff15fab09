"""The closing "safeguard" sections of a plan (保障措施): boilerplate that every plan has.

Action plans and implementing opinions end with a section on how the plan
will be carried out: 加强组织领导, 强化资金保障, 加强督查考核, 加大宣传力度. Two
such measures of plans about different things read alike but are not the
same task, so the measure overlap (:mod:`policykg.graph.overlap`) leaves them
out. They are recognised by their headings, not per document:

* a measure whose heading is made only of safeguard words (加强组织领导,
  营造良好氛围, 工作要求, 压实地方责任); and
* every measure of a top-level section (the first label of its path) whose
  headings are at least half safeguard headings (the section 五 of
  加强组织领导 / 开展改革试点 / 强化绩效考核 / 加大宣传力度 goes whole).

The heading of the section itself is not kept in the graph, hence the
second rule.

Examples
--------
>>> is_safeguard_title("加强组织领导"), is_safeguard_title("营造良好氛围"), is_safeguard_title("压实地方责任")
(True, True, True)
>>> is_safeguard_title("加大区级财政资金保障力度"), is_safeguard_title("强化区政府主体责任")
(False, False)
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from policykg.graph.model import Node

__all__ = ["is_safeguard_title", "safeguard_measures"]

_VERBS = "加强|强化|健全|完善|落实|压实|加大|做好|严格|建立健全|建立|建全|注重|抓好|广泛|开展|营造|确保|明确|狠抓|切实"
_NOUNS = ("组织|领导|实施|统筹|协调|联动|机制|资金|经费|要素|政策|保障|措施|督查|督导|督促|指导|监督|检查|考核|评估|"
          "评价|绩效|监管|宣传|引导|氛围|舆论|责任|要求|总结|工作|力度|良好|地方|主体|社会|动员|信息|报送|落实|推进|长效|支持")
#: a heading made only of safeguard words (a leading verb, then nouns and conjunctions)
_PURE = re.compile(rf"(?:{_VERBS})*(?:{_NOUNS}|和|与|及|、)+")
#: a heading that names a safeguard, possibly with the plan's subject in it (加大改革宣传力度)
_NAMES = re.compile(
    r"组织领导|组织保障|组织实施$|统筹协调|工作机制|协调机制|资金支持|政策支持|督查|督导|督促|考核|评估|评价|宣传|氛围|舆论|责任|"
    r"工作要求|监督检查|信息报送|试点|(?<!住房|生活|社会|医疗|养老)保障(?:措施|机制|力度)?$|^(?:保障|落实)(?:经费|资金)")
_SHORT = 14  # a safeguard heading is short; a longer one is a sentence about something else


def is_safeguard_title(title: str) -> bool:
    """Whether a measure's heading is made only of safeguard words (at least four characters)."""
    t = (title or "").strip()
    return len(t) >= 4 and bool(_PURE.fullmatch(t))


def _names_safeguard(title: str) -> bool:
    t = (title or "").strip()
    return 0 < len(t) <= _SHORT and bool(_NAMES.search(t))


def safeguard_measures(measures: Iterable[Node]) -> set[str]:
    """Keys of the measures in safeguard sections or with safeguard headings (see the module docstring).

    ``measures`` are Measure nodes (``title``, ``path`` as ``"五/(一)"``, ``policy``), of one
    or several policies.

    >>> from policykg.graph.model import Node
    >>> def m(i, title):
    ...     return Node(f"measure:p|{i}", "Measure", title, {"title": title, "path": i.replace(".", "/"), "policy": "p"})
    >>> sorted(safeguard_measures([m("四.(一)", "深化养护市场化"), m("五.(一)", "加强组织领导"),
    ...                            m("五.(二)", "开展改革试点"), m("五.(三)", "加大宣传力度")]))
    ['measure:p|五.(一)', 'measure:p|五.(三)', 'measure:p|五.(二)']
    """
    sections: dict[tuple[str, str], list[Node]] = defaultdict(list)
    out: set[str] = set()
    for m in measures:
        title = m.get("title") or m.name or ""
        if is_safeguard_title(title):
            out.add(m.key)
        path = (m.get("path") or "").split("/")
        if len(path) >= 2:
            sections[(m.get("policy") or "", path[0])].append(m)
    for members in sections.values():
        named = sum(_names_safeguard(m.get("title") or m.name or "") for m in members)
        if len(members) >= 2 and 2 * named >= len(members):
            out.update(m.key for m in members)
    return out
