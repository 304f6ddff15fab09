"""Agency names: from the form a document writes to the full official name.

A document writes 市工信局; the graph wants 苏州市工业和信息化局.  The
:class:`AgencyResolver` of a document knows its jurisdiction (and issuer, for
我局) and resolves names by, in order: self-references, the curated gazetteer
(``data/agencies.json``: national bodies, local bodies that no rule can build;
a national body's own departments such as 农业农村部办公厅 are national too),
collective units (各市、区人民政府; a bare 政府 there is 人民政府), rules for the
central bank's branches, national regulators' offices (浙江银保监局), development
zones (成都高新区管委会), tax bureaus and power-supply companies, then the general
rule *place prefix + body*, where 市/区/县/省 (and 自治区 in a region's own
texts) stand for the document's own city/district/county/province and the body
is expanded from its usual abbreviation (工信局 -> 工业和信息化局).

Examples
--------
>>> from policykg.schema.models import Jurisdiction
>>> r = AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",)))
>>> r.normalize("市工信局"), r.normalize("市金融监管局"), r.normalize("市人才办")
('苏州市工业和信息化局', '苏州市地方金融监督管理局', '苏州市人才工作领导小组办公室')
>>> r.normalize("各市、区人民政府"), r.normalize("苏州高新区管委会")
('苏州市各市、区人民政府', '苏州国家高新技术产业开发区管理委员会')
>>> f = AgencyResolver(Jurisdiction("福田区", "district", ("广东省", "深圳市")), issuer=("福田区科技创新局",))
>>> f.normalize("区金融局"), f.normalize("我局"), f.normalize("市发展改革委")
('福田区金融工作局', '福田区科技创新局', '深圳市发展和改革委员会')
>>> is_agency("市场监管局"), is_agency("区块链研究院")
(True, False)
"""
from __future__ import annotations

import logging
import re

from policykg.loaders.gazetteers.agency_names import (
    _ADMIN_ZONES,
    _BANK,
    _BARE_TOWNSHIPS,
    _BODIES,
    _COLLECTIVE,
    _DEPARTMENT,
    _DIVISION,
    _DIVISION_ONLY,
    _FUNCTION_DEPT,
    _HOME_PREFIX,
    _HOME_UNITS,
    _NATIONAL_SHORT,
    _PARTY,
    _POLICE_BRANCH,
    _POLICY_BANK,
    _POLICY_BANK_NAME,
    _REGULATORS,
    _TIER_DEPARTMENTS,
    _TIER_INSTITUTION,
    _TOWNSHIP_BODY,
    _TOWNSHIPS,
    _VILLAGE_COMMITTEES,
    _ZONE,
    _ZONE_FULL,
    AGENCY_SUFFIX,
    CENTRAL_NAMES,
    SELF_REFERENCES,
    Agency,
    _agency_like,
    _clean,
    _is_zone,
    _regulator,
    _tier_split,
    body_of_doc_number,
    expand_body,
    is_agency,
    is_bare_body,
    is_function_word,
    is_tier_collective,
    join_place,
    lookup,
)
from policykg.loaders.gazetteers.local_names import (
    as_written,
    collective_name,
    own_form,
    party_with_city,
    tier_collective,
)
from policykg.loaders.gazetteers.places import (
    MUNICIPALITIES,
    NATIONAL,
    innermost,
    leading_place,
    official_place,
    place_info,
    short_place_prefix,
    streets_outnumber_towns,
)
from policykg.loaders.gazetteers.state_grid import grid_company, power_company, soe_branch
from policykg.schema.models import Jurisdiction, Responsibility

__all__ = ["AgencyResolver", "Agency", "is_agency", "is_bare_body", "lookup", "expand_body", "AGENCY_SUFFIX",
           "SELF_REFERENCES", "CENTRAL_NAMES", "is_tier_collective", "is_function_word", "body_of_doc_number"]

log = logging.getLogger(__name__)
# 省政府各部门, 市人民政府各委办局: the departments of a tier's government, collectively
_GOVERNMENT_DEPARTMENTS = re.compile(r"^(省|市|区|县)(?:人民)?政府(各[\u4e00-\u9fff]{1,8})$")
_ZONES = re.compile(r"^(?:各|相关|属地)?(开发区|园区|工业园区|产业园区)(?:管委会|管理委员会)?$")  # no zone named: all of them
_SOCIAL_WORK = re.compile(r"^([省市区县])(?:社工部|社会工作部)$")
_LEAGUE = re.compile(r"^(?:团([省市区县])委|([省市区县])团委)$")
_PARTY_BODIES = {"金融办": "金融委员会办公室"}  # 市委金融办 (2023 reform); 市政府金融办 is the government's 金融工作办公室


class AgencyResolver:
    """Resolves the agency names of one document against its jurisdiction.

    Parameters
    ----------
    jurisdiction : Jurisdiction
        The document's jurisdiction; 市/区/县/省 prefixes resolve against it and its parents.
    issuer : tuple of str
        The document's issuers; 我局 and the like resolve to the first.
    """

    def __init__(self, jurisdiction: Jurisdiction, issuer: tuple[str, ...] = (), doc_number: str | None = None) -> None:
        self.jurisdiction = jurisdiction
        self.issuer = tuple(issuer)
        self._seen: dict[str, Responsibility] = {}
        self._cache: dict[str, str] = {}
        self._home: str | None = None
        self._defined: dict[str, str] = {}
        self._issued: tuple[str, ...] = ()  # (read by normalize while the issuers themselves are resolved)
        self._written: tuple[str, ...] = ()  # names the text writes in full (know)
        self._decree = doc_number if doc_number and "令第" in doc_number else None  # a 国务院令/部令's rules
        self._issued = tuple(self.normalize(name) for name in self.issuer)
        self._home = (self.normalize(self.issuer[0]) if len(self.issuer) == 1
                      else body_of_doc_number(doc_number, jurisdiction) if doc_number else None)

    @property
    def home(self) -> str | None:
        """The one body that issues the document (its issuer, or its 文号's organ): its divisions and 我局 are its."""
        return self._home

    # -- places ---------------------------------------------------------------
    def _tier_place(self, tier: str) -> str | None:
        """The document's place that a 市/区/县/省 prefix stands for."""
        j = self.jurisdiction
        chain = (*j.parents, j.name) if j.name else j.parents
        if tier.startswith("自治"):  # 自治区发展改革委 in a 银川市 text: the region the document's place lies in
            return next((p for p in reversed(chain) if p.endswith(tier)), None)
        ends = {"市": ("市",), "区": ("区",), "县": ("县", "旗"), "省": ("省", "自治区"), "州": ("州",)}[tier]
        for place in reversed(chain):
            if place.endswith(ends) and place != NATIONAL:
                return place
        if tier == "省":
            for place in reversed(chain):
                if place_info(place).level == "province":
                    return place
        return None

    def _police_branch(self, written: str) -> str | None:
        """区公安分局 in a 松江区 text, 松江公安分局: 上海市公安局松江分局 (the city's bureau, then the district)."""
        district = self._tier_place("区") if written == "区" else None
        if district is None and written != "区":
            district = next((p for p in (written, written + "区", written + "新区")
                             if place_info(p).level == "district" and place_info(p).parents), None)
        if not district:
            return None
        city = next((p for p in reversed(place_info(district).parents) if p.endswith("市")), None)
        if not city or city == district:
            return None
        short = district if city == "重庆市" else district[:-2] if district.endswith("新区") else district[:-1]
        return f"{city}公安局{short}分局"

    def _with_city(self, district: str) -> str:
        """A district or county with its city in front: 福田区 -> 深圳市福田区."""
        info = place_info(district)
        city = next((p for p in reversed(info.parents) if p.endswith("市")), None)
        if city is None:
            city = self._tier_place("市")
            if city == district:
                city = None
        return (city or "") + district

    # -- resolution -----------------------------------------------------------
    def _resolve(self, s: str) -> str:
        """The full name of ``s``: a defined name, a collective, a named body, a place's unit, a home unit."""
        if s in self._defined:
            full = _clean(self._defined[s])
            tier = _tier_split(full)
            if tier and not _agency_like(tier[1]) and self._tier_place(tier[0]):  # 省融资担保股份有限公司
                return self._tier_place(tier[0]) + tier[1]
            return self._resolve(full) if full != s and self._defined.get(full) != s else full  # 市审定办 → 市审定委办公室 → …
        if s in SELF_REFERENCES:
            return self.issuer[0] if self.issuer else s
        hit = lookup(s, self.jurisdiction)
        if hit:
            return hit
        if s[:1] in "省市区县" and s[1:2] == "直" and self._tier_place(s[0]):  # 县直有关单位: the county's own units
            return self._tier_place(s[0]) + s
        m = _GOVERNMENT_DEPARTMENTS.match(s)
        if m and self._tier_place(m.group(1)):  # 省政府各部门: the departments of the province's government
            return f"{self._tier_place(m.group(1))}人民政府{m.group(2)}"
        m = re.fullmatch(r"(各?(?:相关|有关))(乡镇|镇|乡|街道)", s) if s.endswith(("镇", "乡", "街道")) else None
        if m and self.jurisdiction.level in ("city", "district", "county"):  # 相关乡镇: the towns a task concerns
            return f"{self.jurisdiction.name}{m.group(1)}{m.group(2)}{'办事处' if m.group(2) == '街道' else '人民政府'}"
        if _TOWNSHIPS.match(s):  # 各镇、街道, 各街镇: the governments of the towns and the street offices
            body = re.sub(r"^(?:各相关|各|相关|属地)", "", s)
            # 街镇: towns first as written in full, street offices first where a district has more of them
            parts = (["街道", "镇"] if streets_outnumber_towns(self.jurisdiction) else ["镇", "街道"]) if body == "街镇" \
                else re.split(r"[、和及]", body)
            s = "各" + "、".join(_TOWNSHIP_BODY[p] for p in parts)
        elif _BARE_TOWNSHIPS.match(s) and self.jurisdiction.level in ("city", "district", "county"):
            # 镇人民政府(街道办事处) in a city's rules: the governments of all its towns and its street offices
            parts = [p for p in re.split(r"[(、和及)]|以及", s) if p]
            if "(" in s:  # 街道(镇): the towns and the street offices, in the usual order
                parts.sort(key=lambda p: p.startswith("街道"))
            s = "各" + "、".join(dict.fromkeys(_TOWNSHIP_BODY[re.sub(r"(?:人民政府|政府|办事处)$", "", p)] for p in parts))
        elif _VILLAGE_COMMITTEES.match(s) and self.jurisdiction.level in ("city", "district", "county"):
            m = _VILLAGE_COMMITTEES.match(s)
            s = f"各{m.group('a')}民委员会、{m.group('b')}民委员会"
        m = _TIER_DEPARTMENTS.match(s)
        if m and (self.jurisdiction.level == "province" or self.jurisdiction.level == "city"
                  and not m.group("t").startswith(("市", "地市"))):  # 市州发展改革部门 in a province's rules
            return f"{self.jurisdiction.name}各{m.group('t')}{m.group('b')}"
        zone = _ZONES.match(s)
        if zone and self.jurisdiction.level in ("city", "district", "county"):  # 各镇、街道、开发区
            return f"{self.jurisdiction.name}各{zone.group(1)}管理委员会"
        if _COLLECTIVE.match(s):
            here, s = self.jurisdiction.name, collective_name(s, self.jurisdiction)
            return s if not here or here == NATIONAL or s.startswith(here) else here + s
        return (self._named_body(s) or self._placed_unit(s) or self._home_unit(s)
                or self._own_unit(s))

    def _named_body(self, s: str) -> str | None:
        """Bodies named by pattern: central-bank branches, policy banks, police branches, power companies,
        financial regulators, development zones' committees, party committees."""
        m = _BANK.match(s)
        if m:
            return "中国人民银行" + m.group(1)
        m = _POLICY_BANK.match(s)
        if m:
            bank = _POLICY_BANK_NAME[m.group("b").removeprefix("中国")[0]]
            place = m.group("p")
            if not place.endswith(("省", "市", "区", "县", "自治区")):
                place = next((p for p in (place + "市", place + "省") if place_info(p).level != "unknown"), place)
            return f"{bank}{place}{m.group('t')}"
        m = _POLICE_BRANCH.match(s)
        if m:
            branch = self._police_branch(m.group("p") or m.group("p2") or m.group("p3"))
            if branch:
                return branch
        if s.endswith("供电局"):
            return s + "有限公司"
        if s in ("供电公司", "市供电公司", "县供电公司", "区供电公司"):
            return power_company(s, self.jurisdiction, self._tier_place)
        if s in ("省电力公司", "国网省电力公司", "市电力公司", "国网市电力公司"):
            return grid_company(s, self._tier_place)
        branch = soe_branch(s)  # 中国电信福建分公司, 民航福建监管局: registered names
        if branch:
            return branch
        m = _regulator(s)
        if m:
            return f"{_REGULATORS[m.group(2)]}{m.group(1)}监管局"
        m = _ZONE.match(s)
        if m and _is_zone(s, m) and (m.group("o") or short_place_prefix(s) or m.group("z") in _ADMIN_ZONES):
            zone = m.group("p") + _ZONE_FULL.get(m.group("z"), m.group("z"))
            return zone + "管理委员会"
        if s.startswith(("共青团", "中国共产主义青年团")) and s.endswith("委员会"):
            return s  # 共青团广州市委员会: the Youth League's committee, named in full
        m = _SOCIAL_WORK.match(s)
        if m and self._tier_place(m.group(1)):  # 区社工部: the party committee's social work department (2023)
            return f"中共{self._tier_place(m.group(1))}委社会工作部"
        m = _LEAGUE.match(s)
        if m:  # 团市委, 市团委: the Youth League's committee of the place
            tier = m.group(1) or m.group(2)
            place = self._tier_place(tier)
            if place:
                return f"共青团{place}委员会"
            if tier in ("区", "县") and self.jurisdiction.level == "city":
                return f"共青团{self.jurisdiction.name}各{tier}委员会"
            return None
        m = _PARTY.match(s)
        if m:
            place = self._tier_place(m.group(1))
            if place:
                body = m.group(2)
                level = place_info(place).level
                own = _PARTY_BODIES.get(body) or (expand_body(body, level).removeprefix("人民政府") if body else "员会")
                return f"中共{place}委{own}"
            return s
        return None

    def _placed_unit(self, s: str) -> str | None:
        """A unit written with its tier (市财政局) or place (福田区发展改革局) in front."""
        tier = _tier_split(s)
        if tier and (_agency_like(tier[1]) or _TIER_INSTITUTION.search(tier[1]) or tier[1].startswith("各")):
            place = self._tier_place(tier[0])
            if place:
                return join_place(place, tier[1])
            if tier[0] in ("区", "县") and (self.jurisdiction.level == "city" or self.jurisdiction.name in MUNICIPALITIES):
                # 区民政部门 in a city's rules: the bureau of every district (a collective of the city)
                return f"{self.jurisdiction.name}各{tier[0]}{expand_body(tier[1], 'district')}"
            return s if tier[0].startswith("自治") else tier[0] + expand_body(tier[1])
        places = leading_place(s)
        if places:
            rest = s[len(places):]
            inner = innermost(places)
            if not rest:
                info = place_info(inner)
                if info.level in ("district", "county") and inner != self.jurisdiction.name:
                    return self._with_city(inner) + "人民政府"
                return places + "人民政府" if info.level != "unknown" else s
            if rest in ("管委会", "管理委员会") and places == inner:  # 深汕特别合作区管委会: a zone the gazetteer knows
                return self._with_city(inner) + "管理委员会"
            if _agency_like(rest):
                return join_place(places, rest)
            return s
        return None

    def _home_unit(self, s: str) -> str | None:
        """National short names, a named body's division, and the issuing body's own units."""
        if self.jurisdiction.level == "national" and s in _NATIONAL_SHORT:
            return _NATIONAL_SHORT[s]
        m = _DIVISION.match(s)
        if m:  # 市交通委(计划财务处), 区经发局经信处: a department of a named body
            return self._resolve(m.group("body") or m.group("body2")) + (m.group("div") or m.group("div2"))
        if self._home and (_DIVISION_ONLY.match(s) and not re.search(r"(?:管委会|管理委员会|局|委)办公室$", s) or s in _HOME_UNITS):
            return self._home + s  # 设施养护处 in a 交通委 plan: one of the issuing body's own divisions
        m = _HOME_PREFIX.match(s)
        if m and self._home:  # 省局信息中心, 局机关各处室: the issuing bureau's own units
            return self._home + m.group(1)
        if (self._home and _DEPARTMENT.search(self._home) and not self._home.endswith("管理委员会") and s.endswith("局") and s not in _BODIES
                and is_bare_body(s) and expand_body(s) == s):
            return self._home + s  # 执法稽查局 in a 市场监管局 plan: a bureau inside the issuing department
        return None

    def _own_unit(self, s: str) -> str:
        """A bare body (财政厅, 房屋管理局) of the document's own jurisdiction, else ``s`` expanded."""
        level = self.jurisdiction.level
        if is_bare_body(s) and not s.startswith(self.jurisdiction.name[:2] or "\0") and (  # 平潭海关: named by its place
                level in ("province", "city", "district", "county") if _FUNCTION_DEPT.match(s)
                                else level == "province" if s.endswith("厅") else level in ("city", "district", "county")):
            return join_place(self.jurisdiction.name, s)  # 财政厅 in a province's text, 房屋管理局 in a district's: its own
        return expand_body(s, level) if _agency_like(s) else s

    def _as_issued(self, name: str) -> str:
        """The name an issuer signs with (or the text writes in full) for the same body written short."""
        return as_written(name, (*self._issued, *self._written), self.jurisdiction.name, self._issued)

    def know(self, names: tuple[str, ...]) -> None:
        """Names the document writes in full (see :func:`_as_issued`)."""
        self._written, self._cache = tuple(names), {}

    def normalize(self, name: str) -> str:
        """The full official name of ``name`` in this document.

        Parameters
        ----------
        name : str
            The name as written (市工信局, 我局, 福田区 ...).

        Returns
        -------
        str
            The official name, or the cleaned name itself when no rule applies
            (nothing is invented for an unknown body).
        """
        s = _clean(name)
        if not s:
            return name
        s = own_form(s, self.jurisdiction, self._decree)  # 市级民政部门: 市民政部门; 本市各级…: 广州市各级…
        out = self._cache.get(s)
        if out is None:
            out = official_place(party_with_city(self._as_issued(self._resolve(s)), self.jurisdiction))
            out = re.sub(r"(?<=[区城园])管委会", "管理委员会", out) if "管委会" in out else out  # 平潭综合实验区管委会(办公室): a zone's committee, in full
            self._cache[s] = out
            log.debug("agency %s -> %s", s, out)
        if out not in self._seen:
            self._seen[out] = Responsibility(s, out)
        return out

    def define(self, short: str, full: str) -> None:
        """Let ``short`` stand for ``full`` in this document (``full(以下简称“short”)``)."""
        self._defined[_clean(short)] = full
        self._cache.pop(_clean(short), None)

    def defined(self, name: str) -> str | None:
        """The full name a document's short name ``name`` stands for (X(以下简称“name”)), else None."""
        return self._defined.get(_clean(name))

    def is_agency(self, name: str) -> bool:
        """Whether ``name`` reads as a government agency (:func:`is_agency`), one issuing body's own divisions
        (法规处, 省局信息中心) or a short name the document defines for a unit."""
        if is_agency(name) or is_agency(tier_collective(_clean(name), self.jurisdiction)):
            return True  # 管理专利工作的部门, 国务院民政部门, 检察院: named by what tier_collective reads
        s = _clean(name)
        if s in self._defined:
            return True
        return bool(self._home) and bool(_DIVISION_ONLY.match(s) or s in _HOME_UNITS or _HOME_PREFIX.match(s))

    def seen(self) -> tuple[Responsibility, ...]:
        """Every agency normalised in this document so far, issuer included, first mention first."""
        return tuple(self._seen.values())
