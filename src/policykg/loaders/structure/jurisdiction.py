"""The jurisdiction a document speaks for: from its issuer, portal level, title and 文号, else the place it names most.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.structure.titles import header_end, lines_of
>>> ctx = DocContext("d", normalize('''关于印发方案的通知
... 各区县:
... 请认真贯彻执行。'''))
>>> lines = lines_of(ctx.text)
>>> j = find_jurisdiction(ctx, lines, header_end(lines), "关于印发方案的通知", ("苏州市人民政府",), None)
>>> j.name, j.level
('苏州市', 'city')
"""
from __future__ import annotations

import re
from dataclasses import replace

from policykg.loaders.context import DocContext
from policykg.loaders.gazetteers.agencies import lookup
from policykg.loaders.gazetteers.local_names import ZONE_KINDS
from policykg.loaders.gazetteers.places import (
    NATIONAL,
    doc_number_place,
    governing_zone,
    innermost,
    known_places,
    leading_place,
    official_place,
    place_alternatives,
    place_info,
)
from policykg.loaders.structure.titles import DOC_NUMBER, Line
from policykg.schema.models import Jurisdiction

__all__ = ["find_jurisdiction", "township_of"]

_NATIONAL_PROPOSAL = re.compile(r"对[^,。\n]{0,12}全国人大代表[^,。\n]{0,20}建议的答复|全国政协[^,。\n]{0,20}提案[^,。\n]{0,6}答复"
                                r"|政协第[十一二三四五]+届全国委员会[^,。\n]{0,30}提案")
_ZONE_GOVERNMENT = re.compile(rf"^([\u4e00-\u9fff]{{2,6}}(?:{ZONE_KINDS}))(?:管委会|管理委员会|党工委)")
_ZONE_NAMED = re.compile(rf"(?P<zone>[\u4e00-\u9fff]{{2,4}}(?P<kind>{ZONE_KINDS}))(?:管委会|管理委员会|党工委|关于|$|[^\u4e00-\u9fff])")
_NATIONAL_VOICE = re.compile(r"各省(?:、自治区、直辖市|[(]自治区、直辖市[)]|级)|中央财政|中央预算内|全国范围|全国统一"
                             r"|国务院[\u4e00-\u9fff、]{1,14}?部门|县级以上地方")  # a national rule names the tiers below it
_BODY_PREFIX = re.compile(r"^中共|^中国共产党|^政协")  # 政协平潭县委员会: the county's, as 中共X县委 is
_PUBLISHER = re.compile(r"^(?:发布机构|发文机构|发布单位)\s*:\s*(?P<v>[\u4e00-\u9fff]{2,30})", re.M)
_LEVEL = re.compile(r"级别\s*[:]\s*(?P<v>[\u4e00-\u9fff]{1,12}?)级")


def find_jurisdiction(ctx: DocContext, lines: list[Line], head: int, title: str, issuer: tuple[str, ...],
                      doc_number: str | None) -> Jurisdiction:
    """The place a document speaks for: its issuer's, its portal level's, its title's or its 文号's place.

    With none of those, the place the text names most (or a province named only in short).

    Parameters
    ----------
    ctx : DocContext
        The document.
    lines : list of Line
        Its lines.
    head : int
        Where its heading lines end.
    title : str
        Its title.
    issuer : tuple of str
        Its issuers (:func:`~policykg.loaders.structure.issuers.find_issuers`).
    doc_number : str or None
        Its 文号.

    Returns
    -------
    Jurisdiction
        ``Jurisdiction("", "unknown")`` when the text names no known place.
    """
    candidates: list[str] = []
    for name in issuer:
        zone = _ZONE_GOVERNMENT.match(name)
        if zone:  # 平潭综合实验区管委会: a zone its committee governs as a county
            candidates.append(zone.group(1))
            continue
        hit = lookup(re.sub(r"^中华人民共和国", "", name))
        if hit and not leading_place(hit):
            candidates.append(NATIONAL if not hit.startswith("中国人民银行") else "")
        p = leading_place(_BODY_PREFIX.sub("", name))
        if p:
            candidates.append(p)
    for ln in lines[: head + 12]:
        m = _LEVEL.search(ln.text)
        if m:
            v = m.group("v")
            candidates.append(NATIONAL if v in ("国家", "中央", "全国") else (leading_place(v) or ""))
    p = leading_place(_BODY_PREFIX.sub("", re.sub(r"^关于", "", title)))
    if p:
        candidates.append(p)
    zone = re.match(r"^[\u4e00-\u9fff]{2,12}(?:开发区|新区|高新区)[(（](?P<d>[\u4e00-\u9fff]{2,6}[区县])[)）]", title)
    if zone and leading_place(zone.group("d")):  # 广州开发区(黄埔区)…: the district that governs the zone
        candidates.append(leading_place(zone.group("d")))
    if doc_number:
        org = DOC_NUMBER.match(doc_number)
        hit = doc_number_place(org.group("org")) if org else None
        if hit:
            candidates.append(hit)
    candidates = [c for c in candidates if c]
    if not candidates:
        found = _unsigned_place(ctx.text, title)
        if isinstance(found, Jurisdiction):
            return found
        candidates = [found]
    if governing_zone(innermost(candidates[0])):  # 平潭县人大常委会's page: the zone that governs the county as one
        return Jurisdiction(governing_zone(innermost(candidates[0])), "district")
    nested = _new_area_district(candidates[0])
    name = innermost(nested)
    parents: tuple[str, ...] = ()
    if nested != name:
        parents = (nested[: -len(name)],)
    elif len(place_alternatives(name)) > 1:  # 西湖区 of 杭州市 or of 南昌市: the city the text names most
        chains = place_alternatives(name)
        best = max(chains, key=lambda c: (ctx.text.count(c[-1]) + ctx.text.count(c[-1][:-1]), -chains.index(c)))
        parents = (best[-1],)
    elif name != NATIONAL and not place_info(name).parents:
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8})" + re.escape(name), ctx.text):
            before = m.group(1)
            outer = next((before[k:] for k in range(len(before) - 1) if before[k:] in known_places()), None)
            if outer and outer != name:
                parents = (outer,)
                break
    info = place_info(name, tuple(innermost(p) for p in parents))
    return replace(info, name=official_place(info.name))  # 德宏州: 德宏傣族景颇族自治州


def _unsigned_place(text: str, title: str) -> str | Jurisdiction:
    """The place of a text whose issuer, title and 文号 name none: 全国 for a reply to a national deputy or a
    central text (中央财政资金…各省根据…), a zone named once and then in short (平潭综合实验区 … 实验区), else the
    place the text names most."""
    if _NATIONAL_PROPOSAL.search(title + text[:400]) or len(_NATIONAL_VOICE.findall(text)) >= 3:
        return NATIONAL  # a central body answers a national deputy; a district's site reposting a central text
    publisher = _PUBLISHER.search(text[:1500])
    if publisher:  # 发布机构: 平潭综合实验区管委会办公室 over a reply that signs nothing: the portal owner's place
        zone = _ZONE_GOVERNMENT.match(publisher.group("v"))
        if zone:
            return Jurisdiction(zone.group(1), "district")
        place = leading_place(_BODY_PREFIX.sub("", publisher.group("v")))
        if place:
            return place
    zone = _ZONE_NAMED.search(text)
    if zone and text.count(zone.group("kind")[-3:]) >= 4:
        z = zone.group("zone")  # 号平潭综合实验区: the form the text repeats most, not the characters before it
        z = max((z[k:] for k in range(len(z) - len(zone.group("kind")) - 1)), key=lambda c: (text.count(c), len(c)))
        return Jurisdiction(z, "district")
    return _most_mentioned(text) or Jurisdiction("", "unknown")


def _new_area_district(name: str) -> str:
    """A state-level new area that one district carries (广州南沙新区 -> 南沙区, the district that governs it); a
    new area over several districts (两江新区) or a district named so (浦东新区) stays as it is.

    >>> _new_area_district("广州南沙新区"), _new_area_district("浦东新区"), _new_area_district("两江新区")
    ('广州市南沙区', '浦东新区', '两江新区')
    """
    if not name.endswith("新区") or place_info(name).parents:
        return name
    for k in range(len(name) - 3):
        district = name[k:-2] + "区"
        chains = place_alternatives(district) or [place_info(district).parents]
        city = next((c[-1] for c in chains if c and c[-1].startswith(name[:k])), None) if k else None
        if city:
            return city + district  # 广州南沙新区: 广州市's 南沙区, not 三沙市's
        if not k and chains[0]:
            return district
    return name


def _most_mentioned(text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in re.finditer(r"[\u4e00-\u9fff]{1,6}?(?:省|自治区|市(?!场)|区(?!块)|县)", text):
        name = next((m.group(0)[k:] for k in range(len(m.group(0)) - 2) if m.group(0)[k:] in known_places()), None)
        if name:  # 对符合衢江区…: the place a match ends with
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return _province_by_short_name(text) or _district_by_short_name(text)
    provinces = {k: v for k, v in counts.items() if k.endswith(("省", "自治区"))}
    if provinces and re.search(r"我省|省委省政府|省委、省政府", text):
        counts = provinces  # a province's text (我省, 省委省政府) that names its cities more often than itself
    return max(counts, key=lambda k: (counts[k], len(place_info(k).parents)))


_PROVINCIAL_VOICE = re.compile(r"全省|省局|省委|省政府|省直")
_PROVINCE_SHORT = re.compile(r"(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)$")


def _province_by_short_name(text: str) -> str | None:
    """A province's text that names itself only in short (江西站) and speaks of 全省/省局: that province."""
    if not _PROVINCIAL_VOICE.search(text):
        return None
    counts = {name: text.count(short) for name in known_places()
              if name.endswith(("省", "自治区")) and len(short := _PROVINCE_SHORT.sub("", name)) >= 2}
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] >= 2 and (len(ranked) < 2 or ranked[1] < counts[best]) else None



_DISTRICT_VOICE = re.compile(r"区政府|本区|全区|我区|区财政|区级|区委")
_CITY_VOICE = re.compile(r"市政府|本市|全市|我市|市财政|市级|市委")
_GENERIC_SHORT = frozenset({"新城", "城中", "市中", "高新", "新华", "长安", "城关", "开发", "经济", "中心", "和平", "新市",
                            "城东", "城西", "城南", "城北", "东城", "西城", "南城", "北城", "中山", "人民", "工业", "白云"})


def _district_by_short_name(text: str) -> str | None:
    """A district's (or a city's) text that names its place only in short (南沙的企业, 南沙开发区; 结合莆田实际) and
    speaks of 区政府/全区 (市委、市政府/全市): that place, when its short name is named at least three times, twice
    as often as any other (a name two districts share, only when the text names one of their cities).

    >>> _district_by_short_name("为莆田落实赶超,结合莆田实际,来莆田创业。报请市委、市政府研究。")
    '莆田市'
    """
    for voice, suffix, level in ((_DISTRICT_VOICE, "区", "district"), (_CITY_VOICE, "市", "city")):
        if voice.search(text):
            found = _by_short_name(text, suffix, level)
            if found:
                return found
    return None


def _by_short_name(text: str, suffix: str, level: str) -> str | None:
    counts = {}
    for name in known_places():
        short = name[:-1]
        if name.endswith(suffix) and len(short) >= 2 and short not in _GENERIC_SHORT and short in text:
            chains = place_alternatives(name)
            if place_info(name).level == level and (len(chains) <= 1 or any(c[-1][:-1] in text for c in chains)):
                counts[name] = text.count(short)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) < 2 or ranked[1][1] * 2 <= ranked[0][1]):
        return ranked[0][0]
    return None


_TOWNSHIP_BODY = re.compile(r"^(?P<t>[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡))(?:办事处|人民政府|政府|党工委|委员会)$")


def township_of(issuer: tuple[str, ...], place: Jurisdiction) -> Jurisdiction | None:
    """The town or street office a document speaks for, when every issuer is its government, office or party
    committee (闵行区七宝镇人民政府, 上海市浦东新区人民政府东明路街道办事处): a township under ``place``.

    >>> minhang = Jurisdiction("闵行区", "district", ("上海市",))
    >>> township_of(("闵行区七宝镇人民政府",), minhang)
    Jurisdiction(name='七宝镇', level='township', parents=('上海市', '闵行区'))
    >>> township_of(("上海市浦东新区人民政府东明路街道办事处",), minhang).name
    '东明路街道'
    >>> township_of(("闵行区人民政府", "闵行区七宝镇人民政府"), minhang) is None
    True
    """
    if place.level not in ("district", "county") or not issuer:
        return None
    towns = set()
    for name in issuer:
        rest = re.sub(r"^中共", "", name)
        for _ in range(3):  # 上海市浦东新区 / 人民政府 / 东明路街道办事处: the places and governments above it
            lead = leading_place(rest)
            rest = re.sub(r"^人民政府", "", rest[len(lead):] if lead and len(lead) < len(rest) else rest)
        m = _TOWNSHIP_BODY.match(rest)
        if not m:
            return None
        towns.add(m.group("t"))
    return Jurisdiction(towns.pop(), "township", (*place.parents, place.name)) if len(towns) == 1 else None
