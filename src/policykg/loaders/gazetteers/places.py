"""Administrative places: levels, parents, and places named at the start of a name.

Every province, prefecture-level unit and county-level unit of China (with their
former names from the administrative changes since 2000) comes from the
gazetteer that the ``jionlp`` package ships (``china_location.zip``, read as
data; jionlp itself is never imported); ``data/places.json`` adds the
one-character province abbreviations and the 文号 prefixes.  A place neither
lists is still recognised by its suffix (省, 市, 区, 县 ...); it then has no
parents unless the caller supplies them.  A district name that several cities have
(西湖区, 鼓楼区) keeps every parent chain; the document's city decides.

Examples
--------
>>> place_info("福田区")
Jurisdiction(name='福田区', level='district', parents=('广东省', '深圳市'))
>>> place_info("苏州市").level, place_info("苏州市").parents
('city', ('江苏省',))
>>> leading_place("深圳市福田区科技创新局")
'深圳市福田区'
>>> leading_place("南宁市科学技术局")
'南宁市'
>>> doc_number_place("苏府")
'苏州市'
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from policykg.schema.models import Jurisdiction

__all__ = ["governing_zone", "place_info", "leading_place", "doc_number_place", "innermost", "NATIONAL", "known_places",
           "streets_outnumber_towns", "official_place", "PLACE_SUFFIX", "place_alternatives", "short_place_prefix",
           "province_abbreviations", "MUNICIPALITIES"]

_DATA = json.loads(resources.files("policykg.loaders.gazetteers").joinpath("data/places.json").read_text("utf-8"))

NATIONAL: str = _DATA["national_name"]
_MUNICIPALITIES = frozenset(_DATA["municipalities"])
MUNICIPALITIES = _MUNICIPALITIES  # 北京市, 上海市, 天津市, 重庆市: cities at a province's level
_COUNTY_CITIES = frozenset(_DATA["county_level_cities"])

# name -> (level, parents); a name under several cities (西湖区) keeps the first here, all in _ALTERNATIVES
_PLACES: dict[str, tuple[str, tuple[str, ...]]] = {}
_ALTERNATIVES: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
_ABBR: dict[str, str] = {}
for _prov, _info in _DATA["provinces"].items():
    _PLACES[_prov] = ("province", ())
    _ABBR[_info["abbr"]] = _prov
    for _city in _info["cities"].split():
        _PLACES[_city] = ("city", (_prov,))
for _city, _names in _DATA["districts"].items():
    _cparents = _PLACES.get(_city, ("city", ()))[1]
    for _d in _names.split():
        # in a city's list, a name ending in 市/县/旗 is a county-level unit
        _level = "county" if _d.endswith(("县", "旗")) or (_d.endswith("市") and _city not in _MUNICIPALITIES) else "district"
        _entry = (_level, (_city,) if _city in _MUNICIPALITIES else _cparents + (_city,))
        _PLACES.setdefault(_d, _entry)
        _ALTERNATIVES.setdefault(_d, []).append(_entry)
_DOCNO = _DATA["doc_number_prefixes"]
_ZONE_COUNTIES: dict[str, str] = _DATA["zone_counties"]


def _jionlp_places() -> list[tuple[str, str, tuple[str, ...]]]:
    """``(name, level, parents)`` of every province, city and county in jionlp's gazetteer, with the
    former names listed in its change log; ``[]`` when jionlp is not installed."""
    data = _jionlp_text()
    if not data:
        return []
    folder = _jionlp_folder()
    out: list[tuple[str, str, tuple[str, ...]]] = []
    prov = city = ""
    for line in re.findall(r"\n(\t{0,2}+[^\t\n][^\n]*)", "\n" + data):  # (a line break, not ^ in MULTILINE: scanned fast)
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if not name or name.endswith("划"):  # 省直辖县级行政区划: a grouping, not a place
            continue
        if depth == 0:
            prov = city = name
            out.append((name, "province", ()))
        elif depth == 1:
            city = name
            if name != prov:
                out.append((name, "city", (prov,)))
        else:
            chain: tuple[str, ...] = (prov,) if prov in _MUNICIPALITIES or city == prov else (prov, city)
            level = "county" if name.endswith(("县", "旗")) or (name.endswith("市") and prov not in _MUNICIPALITIES) \
                else "district"
            out.append((name, level, chain))
    try:  # former names: 襄樊市 (襄阳市 since 2010) still appears in older documents
        changes = (folder / "china_location_change.txt").read_text("utf-8")
    except OSError:  # pragma: no cover
        changes = ""
    for row in changes.splitlines():
        old, _, new = row.partition("=>")
        old_cols, new_cols = old.split("\t")[2:], new.split("\t")
        old_names = old_cols[0::2]
        if len(old_names) == len(new_cols) and len(new_cols) >= 2:
            name = old_names[-1]
            level = "city" if len(new_cols) == 2 else ("county" if name.endswith(("县", "旗", "市")) else "district")
            out.append((name, level, tuple(new_cols[:-1])))
    return out


def _jionlp_folder():
    """jionlp's dictionary folder (the package is found, never run), or None when it is not installed."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


def _jionlp_text() -> str:
    """The text of jionlp's gazetteer of places down to villages; "" when jionlp is not installed."""
    import zipfile

    folder = _jionlp_folder()
    if folder is None:
        return ""
    try:
        with zipfile.ZipFile(folder / "china_location.zip") as z:
            return z.read(z.namelist()[0]).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile):  # pragma: no cover - a damaged install
        return ""


@lru_cache(maxsize=1)
def _township_counts() -> dict[tuple[str, str], tuple[int, int]]:
    """``(city, district) -> (street offices, towns and townships)`` from jionlp's gazetteer."""
    out: dict[tuple[str, str], list[int]] = {}
    city = county = ""
    # each line after a line break (as ^ in MULTILINE, but found by a fast scan for the break; the tabs taken
    # possessively: a village's fourth tab ends the try at once)
    for line in re.findall(r"\n(\t{1,3}+[^\t\n]+)", "\n" + _jionlp_text()):
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip()
        if depth == 1:
            city = name
        elif depth == 2:
            county = name
        elif name.endswith("街道"):
            out.setdefault((city, county), [0, 0])[0] += 1
        elif name.endswith(("镇", "乡")):
            out.setdefault((city, county), [0, 0])[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def streets_outnumber_towns(place: Jurisdiction) -> bool:
    """Whether a district has more street offices (街道) than towns (镇/乡): its 街镇 are named
    street offices first (静安区各街道办事处、镇人民政府), a suburban district's towns first.

    >>> streets_outnumber_towns(Jurisdiction("静安区", "district", ("上海市",)))
    True
    >>> streets_outnumber_towns(Jurisdiction("青浦区", "district", ("上海市",)))
    False
    """
    city = place.parents[-1] if place.parents else ""
    streets, towns = _township_counts().get((city, place.name), (0, 0))
    return streets > towns


#: two-character names that read as ordinary words at the start of a phrase (城区建设, 新县城, 和县级)
_AMBIGUOUS = frozenset({"东区", "中区", "北区", "南区", "西区", "城区", "矿区", "郊区", "和县", "新县", "南县", "文县"})
for _name, _level, _chain in _jionlp_places():
    if _name in _AMBIGUOUS:
        continue
    _entry = (_level, _chain)
    _PLACES.setdefault(_name, _entry)
    _alts = _ALTERNATIVES.setdefault(_name, [])
    if all(c[1] != _chain for c in _alts):
        _alts.append(_entry)

PLACE_SUFFIX = "省|自治区|特别行政区|自治州|市|新区|区|县|旗"
_GENERIC = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}?(?:{PLACE_SUFFIX})")
# characters that cannot end a place name taken by the generic rule (园区, 社区, 景区 ...)
_NOT_PLACE = re.compile(r"(?:园|社|景|校|厂|片|街|城|港|高新|试验|开发|保税|合作|产业|功能|核心|示范|集聚|先行|特"
                        r"|住|小|辖|郊|山|牧|林|矿|库|灾|疫|老|商|学|湖|湾|市|营|战|灾)区$|各.*|^[市区县省]|^中共")


# an autonomous prefecture named short, as its own documents do (德宏州 for 德宏傣族景颇族自治州)
_PEOPLES = "朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|蒙古族|蒙古|柯尔克孜|哈萨克"
_OFFICIAL: dict[str, str] = {}
for _name in [n for n in _PLACES if n.endswith("自治州")]:
    _short = re.sub(rf"(?:{_PEOPLES})+自治州$", "州", _name)
    if _short != _name and _short not in _PLACES:
        _OFFICIAL[_short] = _name
        _PLACES[_short] = _PLACES[_name]
_KNOWN = frozenset(_PLACES)


@lru_cache(maxsize=8192)  # a pure function of its arguments: names recur within and across documents
def official_place(name: str) -> str:
    """A name that opens with a prefecture's short form, under the official one (德宏州住建局 -> 德宏傣族景颇族自治州住建局).

    >>> official_place("德宏州"), official_place("德宏州住房和城乡建设局"), official_place("德州市")
    ('德宏傣族景颇族自治州', '德宏傣族景颇族自治州住房和城乡建设局', '德州市')
    """
    for k in (6, 5, 4, 3):
        full = _OFFICIAL.get(name[:k])
        if full:
            return full + name[k:]
    return name


def known_places() -> frozenset[str]:
    """Every place name the gazetteer lists."""
    return _KNOWN


def _level_by_suffix(name: str) -> str:
    if name in _MUNICIPALITIES or name.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if name in _COUNTY_CITIES or name.endswith(("县", "旗")):
        return "county"
    if name.endswith("市") or name.endswith("自治州"):
        return "city"
    if name.endswith("区"):
        return "district"
    return "unknown"


def place_alternatives(name: str) -> list[tuple[str, ...]]:
    """The parent chains of every listed place of this name (西湖区: 杭州市's and 南昌市's).

    >>> [p[-1] for p in place_alternatives("西湖区")]
    ['杭州市', '南昌市']
    """
    return [parents for _, parents in _ALTERNATIVES.get(name, ())]


_SHORT: dict[str, str] = {}
for _name, (_lvl, _) in _PLACES.items():
    _stem = re.sub(r"(?:省|市|自治区|特别行政区|地区|盟)$", "", _name)
    if len(_stem) >= 2 and _stem != _name and _lvl in ("province", "city"):
        _SHORT.setdefault(_stem, _name)
for _prov in _DATA["provinces"]:  # 内蒙古, 广西, 新疆: the usual short form of an autonomous region
    _m = re.match(r"^(内蒙古|广西|西藏|宁夏|新疆)", _prov)
    if _m:
        _SHORT[_m.group(1)] = _prov


def province_abbreviations() -> frozenset[str]:
    """The one-character abbreviations of the provinces (浙, 粤, 苏 ...)."""
    return frozenset(_ABBR)


def short_place_prefix(text: str) -> str | None:
    """The province or city whose short name (浙江, 杭州) starts ``text``, if any.

    >>> short_place_prefix("浙江银保监局"), short_place_prefix("杭州中心支行"), short_place_prefix("财政局")
    ('浙江省', '杭州市', None)
    """
    for k in (4, 3, 2):
        hit = _SHORT.get(text[:k])
        if hit:
            return hit
    return None


@lru_cache(maxsize=4096)
def place_info(name: str, parents: tuple[str, ...] = ()) -> Jurisdiction:
    """Level and parents of a place (``parents`` fills in for a place the gazetteer lacks).

    >>> place_info("全国").level
    'national'
    >>> place_info("某某县", ("某省", "某市"))
    Jurisdiction(name='某某县', level='county', parents=('某省', '某市'))
    """
    if not name:
        return Jurisdiction("", "unknown")
    if name == NATIONAL:
        return Jurisdiction(NATIONAL, "national")
    if name in _PLACES:
        level, known = _PLACES[name]
        if parents:  # a name listed under several cities: the caller's city decides
            for lvl, chain in _ALTERNATIVES.get(name, ()):
                if parents[-1] in chain:
                    return Jurisdiction(name, lvl, chain)  # type: ignore[arg-type]
        return Jurisdiction(name, level, known)  # type: ignore[arg-type]
    level = _level_by_suffix(name)
    if parents and len(parents) == 1 and parents[0] in _PLACES and _PLACES[parents[0]][0] == "city":
        parents = _PLACES[parents[0]][1] + parents
    return Jurisdiction(name, level, tuple(parents))  # type: ignore[arg-type]


_VERBISH = re.compile(r"推进|加快|支持|促进|推动|建设|发展|实施|关于|加强|全面|进一步|做好|开展|印发|深化|打造|构建|培育|创建|协调|积极|有关|相关"
                      r"|落实|服务|联合|会同|负责|牵头|配合|我|本|该|全|各|对|向|与|在|由|将|把|以|为")


@lru_cache(maxsize=8192)  # names are taken apart place by place, again at every check
def _one_place(text: str, generic: bool = True) -> str | None:
    """A place at the start of ``text``; ``generic=False`` (inside a chain) allows only short unknown names."""
    for k in range(min(len(text), 9), 1, -1):
        if text[:k] in _PLACES:
            return text[:k]
    m = _GENERIC.match(text)
    if m and not generic and len(m.group(0)) > 4:
        return None
    if m and not _NOT_PLACE.search(m.group(0)) and not _VERBISH.search(m.group(0)):
        nxt = text[m.end(): m.end() + 1]
        if m.group(0).endswith("区") and nxt and nxt in "块域间位内外级":
            return None
        if m.group(0).endswith("市") and nxt and nxt in "场民级值容政貌" and text[m.end(): m.end() + 2] != "政府":
            return None  # 市容, 市政: the word, not a city (绿化和市容管理局)
        if "和" in m.group(0) or "与" in m.group(0):
            return None
        return m.group(0)
    return None


@lru_cache(maxsize=8192)  # a resolver takes each name apart against every name the document writes in full
def leading_place(text: str) -> str | None:
    """The place (or nested places, 深圳市福田区) a name starts with, or None.

    >>> leading_place("各市、区人民政府") is None
    True
    >>> leading_place("广东省深圳市")
    '广东省深圳市'
    """
    out = ""
    rest = text
    while rest:
        p = _one_place(rest, generic=not out)
        if not p:
            break
        out += p
        rest = rest[len(p):]
    return out or None


@lru_cache(maxsize=8192)  # a pure function of its arguments: names recur within and across documents
def innermost(places: str) -> str:
    """The most specific place of a nested place string: 广东省深圳市福田区 -> 福田区."""
    last = places
    rest = places
    while rest:
        p = _one_place(rest, generic=rest == places)
        if not p:
            break
        last = p
        rest = rest[len(p):]
    return last


def doc_number_place(prefix: str) -> str | None:
    """The place that issues 文号 with this organ prefix (longest known prefix wins).

    >>> doc_number_place("国办发")
    '全国'
    >>> doc_number_place("粤发改")
    '广东省'
    """
    for k in range(len(prefix), 0, -1):
        hit = _DOCNO.get(prefix[:k])
        if hit:
            return NATIONAL if hit == "national" else hit
    if len(prefix) >= 2 and prefix[0] in _ABBR and prefix[1] in "政府办发财科工商人教经农交卫文建环自市":
        return _ABBR[prefix[0]]
    return None


def governing_zone(name: str) -> str | None:
    """The zone whose committee governs county ``name`` as one with it (区县合一), else None.

    >>> governing_zone("平潭县"), governing_zone("闽侯县")
    ('平潭综合实验区', None)
    """
    return _ZONE_COUNTIES.get(name)
