"""Programs: named or branded programs, plans, pilots and policy packages without 《》.

Rules (``tests/data/gold/README.md``, ambiguities 25-26):

* a quoted program: “凤巢计划”, “港澳青年支持计划”, “重大人才工程”;
* a quoted label with its program word: “区块链赋能”行动, “十百千”人才工程,
  “1+9+N”产业发展专项资金政策; a brand label with a bare 政策/计划 is the brand
  itself: “福田英才荟”政策 -> 福田英才荟 (also inside a cited title), and a
  versioned brand “福田英才荟 3.0” -> 福田英才荟;
* a quoted bare program word after its topic: 产业“政策包” -> 产业政策包;
* an unquoted program after a verb that launches or receives it: 开展企业上链行动,
  开展区块链政务示范工程, 承接私募股权和创业投资份额转让试点, 首批数字人民币试点城市
  (a pilot one merely 开展s is generic: 开展沙盒监管试点);
* a brand issued by a place without its place prefix: 福田区出台了英才荟人才政策 ->
  福田英才荟 (or the quoted program elsewhere in the text that ends with the brand).

Not programs: designations (“专精特新”企业), strategies (“双区驱动”战略), the
section headings of a plan, slogans.

>>> [f.name for f in find_programs("开展“区块链赋能”行动。开展区块链“十百千”人才工程。已出台产业“政策包”。")]
['“区块链赋能”行动', '“十百千”人才工程', '产业政策包']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from policykg.loaders.entities.lexicon import lexicon
from policykg.loaders.entities.names import HARD_BOUNDARY, trim_left
from policykg.loaders.entities.orgs import Found

__all__ = ["find_programs"]

_PROGRAM_END = r"(?:行动计划|专项行动|示范工程|重点专项|政策包|行动|工程|计划|试点|消费季|大赛|竞赛|博览会)"
_QUOTED = re.compile(r"“([^“”\n]{1,24})”")
_WHOLE = re.compile(rf"{_PROGRAM_END}$")
_BARE = frozenset({"政策", "计划", "品牌", "系列政策", "政策体系"})
_AS_DESIGNATION = re.compile(r"(?:作为|列为|当作|视为|作为全[市省区县]|定为)$")
_LAUNCH_BEFORE = re.compile(r"(?:实施|开展|启动|推进|推行|组织实施|深入实施|入选|纳入|列入|参加)(?:[\u4e00-\u9fff]{0,4}?(?:省|市|区|县|国家))?$")
_AWARD_AFTER = re.compile(r"(?:(?![和与及等的])[\u4e00-\u9fff]){0,4}?奖(?![励金项品章状牌杯])")
_PRODUCT = re.compile(r"(?:贷|券|保)$")
_NOT_IN_TAIL = re.compile(r"平台|系统|APP|小程序|客户端")
_YEAR_LEAD = re.compile(r"^(?:\d{2,4})?年度?")
_HEADING_TITLE_MAX = 24  # a numbered line whose first sentence is longer reads as content
_SYSTEM = re.compile(r"^[\u4e00-\u9fff]{2,6}制$")  # “链长制”, “河长制”: an institution a document puts in place
_SYSTEM_VERB = re.compile(r"(?:实施|推行|建立|落实|全面推行|深化)$")
_PLATFORM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:平台|系统|APP|App|app|小程序|客户端)")
_TAIL = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{_PROGRAM_END}|政策)(?![\u4e00-\u9fff]{{0,1}}(?:条款|文件|宣传|措施))")
# a numbered slogan names a programme (四好农村路, 两网融合, 三改联动, 一网统管); not a plan period, a political
# formula (四个意识) or a strategy, target or idea (“双区驱动”战略)
_NUMBERED = re.compile(r"^(?:[一二两三四五六七八九十百千万]|\d{1,3})[\u4e00-\u9fff、·]{3,9}$")
# 四个意识, 十四五, 四大中心 (a count of things), 一企一策/一事一议 (a way of working)
# 四位一体 (a form of organisation), 一点一方案/一项目一专班 (a way of working), 四不两直 (a way of inspecting)
_POLITICAL = re.compile(r"^(?:[一二两三四五六七八九十]个|十[一二三四五六]五|一带一路|[一二两三四五六七八九十]大|一.一.$"
                        r"|[一二三四五六七八九十]位一体$|一[\u4e00-\u9fff]{1,3}一(?:方案|预案|专班|档案|建档|专案)$|四不两直$)")
# the government's standing agendas, not a program of their own: “放管服”改革, “六稳”“六保”
_AGENDA = frozenset({"放管服", "六稳", "六保", "双碳", "双循环"})
_NOT_PROGRAM_AFTER = re.compile(r"(?:战略|目标|理念|精神|要求|思想|格局|大局|任务|意识|原则|思路|定位|期间|时期|规划)")
_REFORM_AFTER = re.compile(r"改革(?![\u4e00-\u9fff]{0,2}(?:要求|精神))")  # a “X”制度 is a rule of work
# a campaign named in quotes before its kind of event: “跟着赛事去旅行”活动, “渝味360碗”评选推广活动,
# “北京市民快乐冰雪季”系列活动; not a list of places it goes to (“进社区、进学校”) nor a short slogan (“七进”)
_ACTIVITY_AFTER = re.compile(r"等?(?:系列|主题)?[\u4e00-\u9fff]{0,4}?(?:活动|评选)")
_GOES_TO = re.compile(r"^(?:进|亮)[\u4e00-\u9fff]{1,4}、")
_CITED_TITLE = re.compile(r"《[^《》\n]{2,80}》")
_BARE_WORD = re.compile(r"^(?:政策包|计划|工程|行动|行动计划)$")
_VERSION = re.compile(r"^(.+?)\s*\d+(?:\.\d+)+$")
_LAUNCH = re.compile(
    rf"(?P<verb>开展|实施|启动|推进|推行|深入实施|组织实施|承接|获批|争取|入选|成为|列入|纳入|参与)"
    rf"(?P<name>[^,。;:、()“”《》\n]{{2,24}}?{_PROGRAM_END})(?!师)"
    r"(?P<after>城市|地区|落地|工作|方案|的通知|建设)?"
)
_PILOT_OK = re.compile(r"承接|获批|争取|入选|成为|列入|纳入")
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]+[章条节])")
_BRAND = re.compile(r"(?:出台|推出|实施|发布|制定)了?(?P<brand>[\u4e00-\u9fff]{2,5}?)(?:人才政策|产业政策|政策)")
_BRAND_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|市|区|县))$")
_CONJUNCTIONS = frozenset({"和", "与", "及", "以及"})
_PLACE_END = re.compile(r"(?:省|市|区|县)$")


def _in_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a title or heading: a short line without a full stop, or a numbered heading."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    if "。" not in text[ls:le] and le - ls <= 50:
        return True
    h = _HEADING.match(text, ls)
    if not h or "。" in text[ls:pos]:
        return False
    end = text.find("。", pos, le)
    title_len = (end if end >= 0 else le) - h.end()
    return title_len <= _HEADING_TITLE_MAX  # (二)优先推荐纳入“映山红行动”上市后备企业资源库,…: content


def _campaign(label: str) -> bool:
    """Whether a quoted label before 活动 reads as a campaign's own name (four characters or more, not a route)."""
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", label)) >= 4 and not _GOES_TO.match(label) and not label.isdigit()


def _generic(label: str) -> bool:
    lex = lexicon()
    return all(t in lex.generic or lex.is_boundary(t) for t in lex.tokens(label))


def _topic(text: str, s: int) -> str | None:
    """The topic word right before a quoted bare program word: 产业 in 产业“政策包”."""
    w0 = max(0, s - 10)
    for k in range(s - 1, w0 - 1, -1):
        if HARD_BOUNDARY.match(text[k]):
            w0 = k + 1
            break
    topic = trim_left(text[w0:s] + "包").text[:-1] if s > w0 else ""
    if 1 <= len(topic) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", topic):
        return topic
    return None


def _quoted(text: str) -> Iterator[Found]:
    for m in _QUOTED.finditer(text):
        label, s, e = m.group(1).strip(), m.start(), m.end()
        if re.search(r"[,;。]", label):
            continue
        award = _AWARD_AFTER.match(text, e)  # “119”消防奖: an award named after a quoted label
        if (award or label.endswith("奖") and len(label) >= 3) and not _in_heading(text, s):
            a, b = (s, award.end()) if award else (s + 1, e - 1)  # “南沙专才奖”: the award itself, without its quotes
            yield Found("programs", text[a:b] if award else label, a, b)
            continue
        if _AS_DESIGNATION.search(text, max(0, s - 4), s):
            continue  # 把数字经济作为“一号工程”: a priority designation, not a program
        if _SYSTEM.match(label) and _SYSTEM_VERB.search(text, max(0, s - 4), s):
            yield Found("programs", label, s + 1, e - 1)
            continue
        if _PRODUCT.search(label) and len(label) >= 3 and not _in_heading(text, s) and not _PLATFORM_AFTER.match(text, e):
            yield Found("programs", label, s + 1, e - 1)  # “科信贷”, “西湖数智贷”, “科技创新券”: a branded scheme
            continue
        v = _VERSION.match(label)
        if v and re.search(r"[\u4e00-\u9fff]{2}", v.group(1)):
            yield Found("programs", v.group(1), s + 1, s + 1 + len(v.group(1)))
            continue
        if _WHOLE.search(label) and len(label) > 2:
            if not _BARE_WORD.match(label):
                if not _in_heading(text, s):
                    yield Found("programs", label, s + 1, e - 1)
                continue
        if _BARE_WORD.match(label):
            topic = _topic(text, s)
            if topic:
                yield Found("programs", topic + label, s - len(topic), e)
            continue
        tail = _TAIL.match(text, e)
        if not tail:
            if _in_heading(text, s) or _NOT_PROGRAM_AFTER.match(text, e) or label in _AGENDA:
                continue
            reform = _REFORM_AFTER.match(text, e)
            if reform:  # “证照分离”改革, “首席质量官”制度
                yield Found("programs", text[s:reform.end()], s, reform.end())
            elif _NUMBERED.match(label) and not _POLITICAL.match(label):  # “四好农村路”, “一网通办”, “三支一扶”
                yield Found("programs", label, s + 1, e - 1)
            elif _ACTIVITY_AFTER.match(text, e) and _campaign(label):
                yield Found("programs", label, s + 1, e - 1)
            continue
        t = tail.group(0)
        lex = lexicon()
        if _NOT_IN_TAIL.search(t):
            continue  # “粤企政策通”平台推送政策: the label names a platform, the tail is prose
        launched = bool(_LAUNCH_BEFORE.search(text, max(0, s - 10), s))  # 入选福建省“海纳百川”高端人才聚集计划
        if not launched and any(w in lex.boundaries for w in lex.tokens(t)[:-1]):
            continue
        if t in _BARE:
            if re.search(r"[\u4e00-\u9fff]{3}", label) and not _generic(label):
                yield Found("programs", label, s + 1, e - 1)
            continue
        if _in_heading(text, s):
            continue
        yield Found("programs", text[s:tail.end()], s, tail.end())


def _launched(text: str) -> Iterator[Found]:
    for m in _LAUNCH.finditer(text):
        name, s = m.group("name"), m.start("name")
        if _in_heading(text, s):
            continue
        t = trim_left(name, keep=_CONJUNCTIONS, pos_stops=False)
        name, s = t.text, s + t.offset
        year = _YEAR_LEAD.match(name)
        if year:  # 开展2023年数字化转型伙伴行动: the year is not the program's name
            name, s = name[year.end():], s + year.end()
        if len(name) < 4 or name.startswith(("本", "该", "此")):
            continue
        if name.endswith("试点") and not (_PILOT_OK.search(m.group("verb")) or m.group("after") in ("城市", "地区", "落地")):
            continue
        if name.endswith("计划") and m.group("after") in ("方案",):
            continue
        stem = _WHOLE.sub("", name)
        event = name.endswith(("大赛", "竞赛", "博览会", "消费季"))  # an event of a field: 区块链创新大赛
        if not stem or (event or len(lexicon().tokens(stem)) == 1) and _generic(stem):
            continue  # 开展专项行动, 举办区块链创新大赛, 实施大数据工程: a kind of work or a field, no name of its own
        yield Found("programs", name, s, s + len(name))
    for m in re.finditer(r"首批(?P<name>[^,。;:、()“”《》\n]{2,16}?试点)(?=城市|地区|单位)", text):
        yield Found("programs", m.group("name"), m.start("name"), m.end("name"))


def _brands(text: str, labels: list[str]) -> Iterator[Found]:
    for m in _BRAND.finditer(text):
        p = _BRAND_PLACE.search(text, max(0, m.start() - 8), m.start())
        if not p:
            continue
        brand, place = m.group("brand"), p.group("place")
        if _generic(brand):
            continue
        full = next((lab for lab in labels if lab.endswith(brand) and lab != brand), None)
        if full is None:
            t = trim_left(place)
            short = _PLACE_END.sub("", t.text)
            if len(short) < 2:
                continue
            full = short + brand
        yield Found("programs", full, m.start("brand"), m.end())


def _the_cited_plan(f: Found, text: str, titles: list[tuple[int, int]]) -> bool:
    """Whether a plan candidate ends a 《》 title (its years aside): 《“大抓工业、抓大工业”三年行动计划(2018—2020年)》."""
    return f.name.endswith(("计划", "方案")) and any(
        a < f.start < b and re.fullmatch(r"(?:[(][^()]{2,16}[)])?", text[f.end:b - 1]) for a, b in titles)


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    names = sorted((k for k, v in lexicon().gazetteer.items() if v == "program"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _known(text: str, titles: list[tuple[int, int]]) -> Iterator[Found]:
    """National programs by their standing names (国家科技支撑计划, 千人计划), outside cited titles."""
    for m in _known_pattern().finditer(text):
        if not any(a < m.start() < b for a, b in titles):
            yield Found("programs", m.group(0), m.start(), m.end())


def find_programs(text: str) -> list[Found]:
    """Program candidates of ``text`` in text order (before deduplication)."""
    titles = [(m.start(), m.end()) for m in _CITED_TITLE.finditer(text)]
    found = [f for f in (*_quoted(text), *_launched(text), *_known(text, titles)) if not _the_cited_plan(f, text, titles)]
    found.extend(_brands(text, [f.name for f in found]))
    found.sort(key=lambda f: (f.start, -f.end))
    return found
