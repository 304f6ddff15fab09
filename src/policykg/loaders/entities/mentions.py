"""Enterprises, platforms and institutions, programs: named mentions with evidence.

Candidates come from :mod:`~policykg.loaders.entities.orgs` (enterprises,
platforms) and :mod:`~policykg.loaders.entities.programs` (programs).  This
module settles them per document (``tests/data/gold/README.md``, ambiguities
8, 19-23, 25-26, 30):

* a name found only inside a longer name is not listed (鹏城实验室 inside
  鹏城实验室异质异构光电子芯片工艺平台) unless the text also refers to it on its
  own, by name or by a shorter tail (风投创投街区 for 香蜜湖国际风投创投街区);
* a short back-reference is not a name of its own (科交中心 after 深交所科交中心);
* a name is listed once, with the evidence of its first mention;
* trailing web text after the document (公众号, 版权) is already cut by
  :func:`~policykg.loaders.normalize.normalize`; people's affiliations there
  (…协作中心副主任) are not platforms.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> ctx = DocContext("d", normalize("拥有腾讯、微众银行等企业。已建成区块链研究院、乐信区块链实验室等机构。开展企业上链行动。"))
>>> {k: [m.name for m in v] for k, v in extract_entities(ctx, None).items()}
{'enterprises': ['腾讯', '微众银行'], 'platforms': ['区块链研究院', '乐信区块链实验室'], 'programs': ['企业上链行动']}
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import replace

from policykg.loaders.context import DocContext
from policykg.loaders.entities.orgs import Found, find_orgs
from policykg.loaders.entities.programs import find_programs
from policykg.schema.models import Mention

__all__ = ["with_acting_companies", "extract_entities", "find_entities", "KINDS"]

log = logging.getLogger(__name__)

KINDS = ("enterprises", "platforms", "programs")


def _inside(f: Found, spans: list[Found]) -> bool:
    return any(g.start <= f.start and f.end <= g.end and (g.end - g.start) > (f.end - f.start) for g in spans)


def _settle(text: str, found: list[Found]) -> list[Found]:
    """Drop names seen only inside longer names and tails that refer back to a longer name."""
    by_kind: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        by_kind[f.kind].append(f)
    out: list[Found] = []
    orgs = by_kind["enterprises"] + by_kind["platforms"]
    for kind in KINDS:
        pool = orgs if kind != "programs" else by_kind["programs"]
        names = {f.name for f in by_kind[kind]}
        inside = [_inside(f, pool) for f in by_kind[kind]]  # (once per candidate)
        alone = {f.name for f, is_in in zip(by_kind[kind], inside) if not is_in}
        starts = {g.start for g in pool if g.named}
        for f, is_in in zip(by_kind[kind], inside):
            if kind == "enterprises" and f.name.startswith(("各", "有关", "相关")):
                continue  # 各受委托银行: every bank of a kind, no one company
            if kind == "platforms" and not f.named and f.end in starts:
                continue  # 国际组织平台 before 金砖国家…: an appositive, not a name
            if is_in and f.name not in alone and not _tail_seen(text, f.name):
                continue
            if kind != "programs" and any(len(o) > len(f.name) and o.endswith(f.name) and o in alone for o in names):
                continue  # 科交中心 after 深交所科交中心
            out.append(f)
    return out


def _tail_seen(text: str, name: str) -> bool:
    """Whether a shorter tail of ``name`` (4+ characters) occurs in the text outside ``name`` itself."""
    n = text.count(name)
    for k in range(1, len(name) - 3):
        tail = name[k:]
        if text.count(tail) > n:
            return True
    return False


# 经市高指中心, 报至区养老机构管理中心: the verb or preposition before a name is not part of it
_LEAD_WORD = re.compile(r"^(?:经|向|由|报至|报送至|报送|送至|交由|通过|依托|在"
                        r"|(?:盟主|牵头|承担|依托|建设|实施|申报|责任|运营)单位)(?=[\u4e00-\u9fff]{4})")  # 盟主单位X公司: a role
# 规定时间内至长宁公租房公司, 协商国网…, 闵行区和城投集团: a clause or another name before a company's name
_LEAD_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:至|协商|协调|联合|会同)(?=[\u4e00-\u9fff]{2,}(?:公司|集团)$)"
                          r"|^(?!国网|国家电网|南方电网|中国)[\u4e00-\u9fff]{1,30}?(?=(?:国网|国家电网|南方电网)[\u4e00-\u9fff]{0,12}(?:公司|集团)?$)"
                          r"|^[\u4e00-\u9fff]{1,6}?[区市县省局委办](?:和|及|与)(?=[\u4e00-\u9fff]{2,12}(?:公司|集团)$)")
# 至省平台, 与委应急信息平台, 可由区疾控中心, 仍为宅基地: a clause's words before a generic name, no name
_CLAUSE_START = re.compile(r"^(?:至|与|可由|含|仍为|张贴|筑牢|疾控局要)")
_MEASURE_ONLY = re.compile(r"^[一二三四五六七八九十百千万两\d.]+(?:厘米|毫米|米|公里|千米|分钟|小时|天|年|个|项|%)$")


def _trimmed(f: Found) -> Found | None:
    """A candidate without a leading verb or preposition; None for a bare measurement (“二十厘米”)."""
    name = f.name.strip("“”")
    if _MEASURE_ONLY.match(name) or _CLAUSE_START.match(name):
        return None
    m = _LEAD_WORD.match(f.name) or _LEAD_CLAUSE.match(f.name)
    return replace(f, name=f.name[m.end():], start=f.start + m.end()) if m else f


def find_entities(text: str, is_agency=None) -> dict[str, list[Found]]:  # noqa: ANN001
    """Settled, deduplicated entity candidates of a normalised text, by kind (first mention kept)."""
    found = _settle(text, find_orgs(text, is_agency) + find_programs(text))
    out: dict[str, list[Found]] = {k: [] for k in KINDS}
    seen: set[str] = set()
    found.sort(key=lambda f: (f.start, -f.end, f.kind != "platforms"))
    for f in map(_trimmed, found):
        if f is None:
            continue
        key = f.name.replace("“", "").replace("”", "")
        if not key or key in seen:
            continue
        seen.add(key)
        out[f.kind].append(f)
    return out


def extract_entities(ctx: DocContext, resolver) -> dict[str, tuple[Mention, ...]]:  # noqa: ANN001
    """Enterprises, platforms and programs named in a document, each once, with evidence.

    ``resolver`` (an :class:`~policykg.loaders.gazetteers.agencies.AgencyResolver`, or
    ``None``) tells agencies apart from institutions.
    """
    is_agency = getattr(resolver, "is_agency", None)
    found = find_entities(ctx.text, is_agency)
    defined = getattr(resolver, "defined", None)
    out: dict[str, tuple[Mention, ...]] = {}
    for kind, items in found.items():
        names = {f.name for f in items}
        mentions = []
        for f in items:
            full = defined(f.name) if defined else None
            if full and full in names:
                continue  # 长宁公租房公司 beside 上海长宁公共租赁住房运营有限公司(以下简称“长宁公租房公司”): one company
            mentions.append(Mention(f.name, ctx.evidence(f.start, f.end)))
        out[kind] = tuple(mentions)
    return out


# a company the measures make responsible, named short (久事集团, 区城镇化集团, 奉投集团): an enterprise too
_ACTING_COMPANY = re.compile(r"^(?![各该])(?!.*(?:属|和|及|、|[(]))[\u4e00-\u9fff]{2,10}(?:集团|公司)$")


def with_acting_companies(entities: dict[str, tuple[Mention, ...]], measures, resolver=None) -> dict[str, tuple[Mention, ...]]:  # noqa: ANN001,E501
    """``entities`` with the companies the measures name as responsible added to its enterprises (each once;
    a company a document defines (X股份有限公司(以下简称X公司)) under its full name)."""
    have = {m.name for kinds in entities.values() for m in kinds}
    defined = getattr(resolver, "defined", lambda _: None)
    added: dict[str, Mention] = {}
    for measure in measures:
        for r in measure.responsible:
            name = defined(r.name) or r.name
            if _ACTING_COMPANY.match(r.name) and name not in have and name not in added:
                added[name] = Mention(name, r.evidence)
    if not added:
        return entities
    return {**entities, "enterprises": (*entities.get("enterprises", ()), *added.values())}

