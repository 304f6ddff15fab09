"""A document's lines and its title: what a page, a red header or a crawl puts around the title is cut.

The title is the first titled line of the head (关于…的通知, …行动方案), joined with an issuer line that opens
it or a type word on the next line; a page's breadcrumb, a site's name, a crawler's cut (…的 ...), a notebook
prompt are removed; addressees, a preamble or a first article are no title; a news report's headline stands
for the quoted title in its text.

Examples
--------
>>> _page_title_noise("首页 > 政务公开 > 关于印发某市行动方案的通知_政府信息公开_某市人民政府")
'关于印发某市行动方案的通知'
>>> [ln.text.strip() for ln in lines_of("第一行\\n第二行")]
['第一行', '第二行']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.gazetteers.agencies import is_agency, is_bare_body, lookup
from policykg.loaders.gazetteers.places import known_places, leading_place
from policykg.loaders.normalize import fold
from policykg.loaders.structure.dates import DATE

__all__ = ["Line", "lines_of", "header_end", "DOC_NUMBER", "title_number", "run_on_title"]

DOC_NUMBER = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,12})\s*[〔\[(【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】]\s*(?P<no>\d{1,5})\s*号"
)
_NUMBER_AT_END = re.compile(r"[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,5}\s*号$")
_TITLE_WORD_END = re.compile(r"(?:通知|复函|函|意见|批复|决定|通报|报告|办法|方案|规定|细则|答复)$")


def title_number(line: str) -> tuple[str, str] | None:
    """A title with its 文号 run on (…的复函国办函〔2004〕20号): the title and the 文号, the 文号's issuing
    code as short as a title word before it allows.

    >>> title_number("国务院办公厅转发交通运输部等单位关于加强工作意见的通知国办函〔2021〕49号")
    ('国务院办公厅转发交通运输部等单位关于加强工作意见的通知', '国办函〔2021〕49号')
    >>> title_number("国务院办公厅关于修复贵州省生态环境问题的复函国办函〔2004〕20号")
    ('国务院办公厅关于修复贵州省生态环境问题的复函', '国办函〔2004〕20号')
    >>> title_number("苏府〔2020〕12号") is None, title_number("关于加强管理的通知") is None
    (True, True)
    """
    m = _NUMBER_AT_END.search(line)
    if not m:
        return None
    for k in range(m.start() - 2, max(m.start() - 9, 5), -1):
        if _TITLE_WORD_END.search(line[:k]) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", line[k:m.start()]):
            return line[:k], line[k:]
    return None


_CHROME = re.compile(
    r"^(?:政策详情|政策解读|政策原文|政策名|产业类型|失效时间|具体链接|级别|类别|分类|状态|支持方式|支持产业|发文单位|发文机关|发布机构|发文机构|来源|信息来源|发布时间|发布日期"
    r"|印发日期|成文日期|发文日期|生成日期|生效日期|实施日期|废止日期|失效日期|体裁|政策文号|文件状态|链接|牵头单位|文号|发文字号|字号|索引号|主题分类|主题词|浏览次数|访问量|【?字体|当前位置"
    r"|您的位置|您当前的位置|热搜|首页|打印|关闭|分享|有效性|时效性|效力状态|所属机构|公开方式|体裁分类|组配分类|标题|名称|基本信息|正文|附件下载|相关附件|政策文件)"
    r"\s*[:>》]?"
)
_SUFFIX_END = re.compile(r"(?:人民政府|政府|委员会|管委会|办公室|办公厅|局|厅|委|办|部|署|行|中心)")
_PUNCT = re.compile(r"[,。;:!?]")
_TITLE_WORD = re.compile(r"(?:通知|通报|意见|方案|计划|办法|措施|规定|细则|答复|复函|决定|批复|公告|通告|公示|报告|政策|纲要|规划|指引|条例|建议|提案)")
_LABEL_TITLE = re.compile(r"^-?(?:标题|名称|文件名称|文件标题|政策名称|政策标题|政策名|公开事项名称|事项名称|title)\s*:\s*(?P<v>\S.*)$")
_BODY_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]|第[一二三四五六七八九十百]+[章条]|\d{1,2}[.、](?!\d)|[(]\d{1,2}[)](?=[\u4e00-\u9fff])|尊敬的)")
_HEADER_DOC = re.compile(r"^(?P<org>.{2,30}?)文件$")
_TITLE_TAIL = re.compile(r"(?:通知|意见|方案|计划|办法|措施|规定|细则|答复|复函|函|决定|批复|公告|通告|公示|报告|政策|纲要|规划|指引|条例|的)$")
_NOTICE_TITLE = re.compile(r"^关于[^。;:]{4,80}的(?:通知|意见|决定|批复|复函|函|答复|公告|通告|公示)$")
_TITLE_OUTER = re.compile(r"^《([^《》]+)》$")
_QUOTED = re.compile(r"《(?P<t>[^《》\n]{2,120})》")
_PARTY_PREFIX = re.compile(r"^中共|^中国共产党")
_HEADING_MARK = re.compile(r"^#{1,6}\s*")


@dataclass(frozen=True)
class Line:
    """One line of ``ctx.text`` with its offsets."""

    text: str
    start: int
    end: int


def lines_of(text: str) -> list[Line]:
    """The lines of a normalised text with their offsets."""
    out = []
    pos = 0
    for part in text.split("\n"):
        out.append(Line(part, pos, pos + len(part)))
        pos += len(part) + 1
    return out


def header_end(lines: list[Line]) -> int:
    """Index of the first body line: headings, salutations and prose end the header."""
    for i, ln in enumerate(lines[:15]):
        t = ln.text
        if i == 0:
            continue
        if _BODY_START.match(t) or t.endswith(":") and not _CHROME.match(t) or (len(t) >= 40 and "。" in t):
            return i
    return min(len(lines), 15)


def _is_chrome(t: str) -> bool:
    """A page's field line: 发布日期:…, 索 引 号… (a label spaced out), a bare 文号 or date."""
    if t.startswith("#"):
        t = _HEADING_MARK.sub("", t)  # ## 政策原文: a Markdown heading of the page's field
    return bool(_CHROME.match(t[:12].replace(" ", "").replace("\u3000", "") + t[12:])) or bool(DOC_NUMBER.fullmatch(t)) or bool(DATE.fullmatch(t.strip("()")))


def _title(ctx: DocContext, lines: list[Line], head: int) -> tuple[str, int]:
    """The title (verbatim from the original, 《》 around the whole stripped) and its line index."""
    for i, ln in enumerate(lines[:20]):
        m = _LABEL_TITLE.match(ln.text)
        if m and len(m.group("v")) >= 4:
            a = ln.start + m.start("v")
            raw = re.sub(r"\s+$", "", ctx.nt.original_text(a, ln.end))
            raw = _page_title_noise(raw)
            inner = _TITLE_OUTER.match(raw)
            return (_uncut(ctx, lines, i, raw, ln.text) or _issued_in_body(lines, i, fold(raw))
                    or ((inner.group(1) if inner else raw), i))
    candidates = [i for i, ln in enumerate(lines[: max(head, 1)])
                  if ln.text and not _is_chrome(ln.text) and not (_HEADER_DOC.match(ln.text) and len(ln.text) < 30)]
    # a red-header line that only names the issuer (深圳市人民政府) is not the title when a titled line follows
    titled = [i for i in candidates if _TITLE_WORD.search(lines[i].text) and not is_agency(lines[i].text)]
    if not titled and not candidates:  # a page's label block (基本信息, 文号:) before the head: a titled line after it
        titled = [i for i, ln in enumerate(lines[:24]) if _TITLE_WORD.search(ln.text) and not _is_chrome(ln.text)
                  and "。" not in ln.text and len(ln.text) <= 80 and not is_agency(ln.text)][:1]
    if not titled:  # a page's menus and fields before it, none titled: a 关于…的通知 line further down is the title
        titled = [i for i, ln in enumerate(lines[:40]) if _NOTICE_TITLE.match(ln.text)][:1]
    idx = titled[0] if titled else (candidates[0] if candidates else 0)
    ln = lines[idx]
    start, end = ln.start, ln.end
    prev = lines[idx - 1] if idx > 0 else None
    if (prev and ln.text.startswith("关于") and prev.text and not _PUNCT.search(prev.text) and len(prev.text) <= 40
            and not _HEADER_DOC.match(prev.text) and (all(is_agency(x) for x in _joint(ctx, prev))
                                                      or re.fullmatch(r"\S{2,30}?(?:厅|局|委|委员会|部)等\d{1,2}个?部门", prev.text))):
        start = prev.start  # 长沙市人民政府办公厅 (山东省商务厅等4部门) / 关于印发…的通知: the issuer line opens the title
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if (nxt and idx + 1 < head and len(nxt.text) <= 24 and _TITLE_TAIL.search(nxt.text) and not _TITLE_TAIL.search(ln.text)
            and not re.search(r"[,。:;]", nxt.text) and not _is_chrome(nxt.text) and not nxt.text.startswith("尊敬的")):
        end = nxt.end
    notice = _wrapping_notice(lines, idx, ln.text)
    if notice is not None:  # a page titled with the policy it carries: the 印发 notice is the document
        start, end, idx = notice.start, notice.end, lines.index(notice)
    raw = ctx.nt.original_text(start, end) if end > start else ""
    raw = re.sub(r"\[bookmark:[^\]]*\]", "", raw)
    raw = _page_title_noise(re.sub(r"[\r\n]+", "", raw).strip())
    whole = _uncut(ctx, lines, idx, raw, ln.text)
    if whole is not None:
        return whole
    raw = re.sub(r"^(?:Out|In)\s*\[\d+\]\s*:\s*", "", raw)  # a notebook cell's prompt (Out[7]:)
    dated = DATE.match(raw)
    if dated and raw[dated.end():].lstrip().startswith("关于"):
        raw = raw[dated.end():].lstrip()  # 2021年08月27日    关于…的函: a listing's date before the title (see metadata._date)
    first = _TITLE_SENTENCE.match(raw)
    if first and len(raw) > len(first.group(0)) + 20:
        return first.group("t"), idx  # 关于支持…的十条意见。为落实…: a text run into one line opens with its title
    run_on = run_on_title(fold(raw)) if len(raw) > 150 else None
    if run_on:
        return _REPEATED_ISSUER.sub("", run_on[0]), idx  # X文件X〔2022〕4号X关于…的通知各县(市、区)工信科技局…: (OCR) a head run into one line
    if ((raw.endswith(("。", "如下:", "如下：")) and (len(raw) > 24 or re.search(r"[,，]", raw)))
            or _ADDRESSEES.match(fold(raw)) or len(raw) < 4):
        return "", idx  # the text opens with its preamble (…现印发给你们,请认真贯彻执行。) or its addressees
    if _ARTICLE_START.match(raw):
        return "", idx  # 第一条 享受本办法的企业…: the text opens with its first article, it has no title line
    m = _TITLE_OUTER.match(raw)
    if m:
        raw = m.group(1).strip()
    numbered = title_number(raw)
    if numbered:
        raw = numbered[0]  # …的复函国办函〔2004〕20号: the 文号 run on is no part of the title
    raw = _REPEATED_ISSUER.sub("", raw)  # X厅X厅关于…: a head's issuer and the title's run together
    return _reported_title(ctx, raw), idx


_SALUTED = re.compile(r"(?<=答复|复函)[\u4e00-\u9fff、]{2,60}?(?:代表|委员|同志)[:].*$")


def _uncut(ctx: DocContext, lines: list[Line], idx: int, raw: str, line: str) -> tuple[str, int] | None:
    """The whole title when the page's heading is a cut copy of it (…办理情况的 ...) and a later line of the
    head gives it in full."""
    if not re.search(r"(?:\.{3,}|…+)$", line.strip()) or len(raw) < 8:
        return None
    key = fold(raw)
    for j in range(idx + 1, min(len(lines), idx + 15)):
        t = _SALUTED.sub("", lines[j].text.strip())  # …第768号建议的答复 楚惠东、李峰代表: a joined line's salutation
        if t.startswith(key) and len(t) > len(key) and not _PUNCT.search(t[len(key):]):
            return re.sub(r"\s*[\r\n]+\s*", "", ctx.nt.original_text(lines[j].start, lines[j].start + len(t))).strip(), j
    return None


def _issued_in_body(lines: list[Line], idx: int, key: str) -> tuple[str, int] | None:
    """A page's labelled title (标题: 关于…) that the body, run into one line, gives with its issuer in front."""
    for j in range(idx + 1, min(len(lines), idx + 20)):
        found = run_on_title(lines[j].text) if key.startswith("关于") and len(lines[j].text) > 150 else None
        if found and found[0].endswith(key) and len(found[0]) > len(key) and is_agency(found[0][: -len(key)]):
            return found[0], j
    return None


# a head run into one line (OCR): …〔2022〕4号 | X关于…的通知 | 各县(市、区)工信科技局…: (the addressees end in :, not
# a page's 时间: or 来源: label after a breadcrumb's title)
_RUN_ON_END = re.compile(r"(?:的通知|意见的函|的函|的(?:指导|实施)?意见|的批复|的复函|的决定)(?=[^。:;《》]{2,200}:|[\u4e00-\u9fff]{1,8}[〔\[]\d{4}[〕\]]\d{1,5}号)"
                         r"(?!(?:发布|发文|成文|更新)?(?:时间|日期|来源|作者|浏览|点击)\S{0,3}:)")
_REPEATED_ISSUER = re.compile(r"^(?:(?P<a>[\u4e00-\u9fff]{4,30}?(?:厅|局|委员会|委|办公室|政府|中心))(?:公文稿纸|文件)?)+(?=(?P=a)关于)")
_RUN_ON_START = re.compile(r"(?:文件|公文稿纸|[〕\]]\s*\d{1,5}\s*号|:|^)")


def run_on_title(line: str) -> tuple[str, str | None] | None:
    """The title of a head run into one line, and the 文号 just before it (or None).

    >>> run_on_title("龙岩市工业和信息化局文件龙工信能源〔2022〕4号龙岩市工业和信息化局关于加强电力设施管理的通知各县(市、区)工信科技局:为进一步…")
    ('龙岩市工业和信息化局关于加强电力设施管理的通知', '龙工信能源〔2022〕4号')
    """
    end = _RUN_ON_END.search(line, 0, 400)
    if not end:
        return None
    starts = [m.end() for m in _RUN_ON_START.finditer(line, 0, end.start())]
    repeated = _REPEATED_ISSUER.match(line)  # 山东省自然资源厅山东省自然资源厅关于…〔2017〕36号文件…的函: from the issuer on
    if repeated and starts and repeated.end() < starts[-1]:
        starts = [repeated.end()]
    title = line[starts[-1]:end.end()].strip() if starts else ""
    if len(title) < 8 or "。" in title:
        return None
    number = None
    before = line[: starts[-1]]
    m = re.search(DOC_NUMBER.pattern + "$", before)  # …文件龙工信能源〔2022〕4号: the 文号 the title follows
    if m:
        org = re.sub(r"^.*(?:文件|微信|微博|空间|管理局|委员会|人民政府|办公厅)(?=[\u4e00-\u9fff]{2})", "", m.group(0))  # X文件; a page's
        # share bar (微信 微博 QQ空间); the issuer's full name before its own short prefix (…水利管理局沐河局防办函〔2019〕12号)
        number = org if DOC_NUMBER.match(org) else None
    after = DOC_NUMBER.match(line, end.end())  # …的指导意见国办发〔2014〕25号各省…: the 文号 after the title
    return title, number or (after.group(0) if after and len(after.group("org")) <= 8 else None)


_TITLE_SENTENCE = re.compile(r"^(?P<t>关于[^。,，;；:：!?]{2,60}?(?:意见|措施|办法|方案|计划|通知|规定|细则|政策))。")
# 鹰潭市人民政府: / 各市、县(区)人民政府,省政府各部门: the addressees, not a title
_ADDRESSEES = re.compile(r"^[^。]{2,80}(?:人民政府|政府|各部门|各直属机构|各单位|委员会|局|厅|办公室|代表|委员|单位|机构)[:]$")
_ARTICLE_START = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条")
# a news page's headline: 呼和浩特印发营商环境创优提质行动方案 (the report of a policy, not its title)
_REPORT_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:印发|发布|出台)(?P<y>[^,。;:《》]{6,60})$")


def _reported_title(ctx: DocContext, raw: str) -> str:
    """The title a news report's headline stands for: 《呼和浩特市营商环境创优提质行动方案(2026版)》 in the
    report's text, when it names the headline's policy; else the headline itself."""
    m = _REPORT_HEADLINE.match(raw)
    if not m or "关于" in raw or raw.endswith(("通知", "的函", "决定")):  # 关于印发…的通知 is a title
        return raw
    key = _bare_title(m.group("y"))
    for q in _QUOTED.finditer(ctx.text, 0, min(len(ctx.text), 3000)):
        bare = _bare_title(re.sub(r"[(][^()]*[)]$", "", q.group("t")))
        if len(key) >= 6 and (key in bare or bare in key):
            return ctx.nt.original_text(q.start("t"), q.end("t")).strip()
    return raw


_SITE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff)）》])(?:\s*_\s*[^_\n]{2,24}){1,4}(?:\s*-\s*[^-_\n]{2,24})?$")


_DASHED_SITE = re.compile(r"(?<=[\u4e00-\u9fff)）》])(?:\s+-\s*[^-_\s][^-_\n]{1,11}){1,3}$")
_BREADCRUMB = re.compile(r"^(?:[^<>＞\n]{1,20}?\s*[>＞]\s*){2,}(?=[^<>＞\s])")  # 首页 > 新闻动态 > …: short crumbs


def _page_title_noise(raw: str) -> str:
    """A title without the page around it: a breadcrumb before it (首页 > … > 工作动态交通运输部 财政部关于…),
    a site's name after it (…的指导意见_政府信息公开_政务公开-国家发展改革委), empty table cells (| |)."""
    raw = re.sub(r"[\s|]*\|[\s|]*$", "", raw)
    raw = re.sub(r"\s*(?:\.{3,}|…+)$", "", raw)  # a heading the crawler cut (…的建议 ...)
    raw = _SITE_SUFFIX.sub("", raw)
    raw = _DASHED_SITE.sub("", raw)  # …共享储能发展 - 辽宁省发改委: the site's name after a spaced dash
    raw = re.sub(r"^【[^【】\n]{2,12}】(?=\S{6})", "", raw)  # 【稳经济大盘一揽子政策】关于…: the page's column
    trail = _BREADCRUMB.match(raw)
    if not trail:
        return raw
    last = raw[trail.end():]
    for i in range(len(last) - 4):
        rest = last[i:]
        known = any(rest[:k] in known_places() for k in range(2, min(10, len(rest))))
        if "关于" in rest and (known or any(lookup(rest[:k]) for k in range(2, min(16, len(rest))))):
            return rest  # the last crumb runs into the title: the title starts with its issuer
    return last


_FIELD_NAMES = re.compile(r"公文名称|信息名称|文件名称")
_ISSUING_NOTICE = re.compile(r"^[^,。;:]{0,60}?(?:关于)?(?:印发|转发|发布|修订)(?P<x>[^,。;:]{4,80})的通知$")


def _wrapping_notice(lines: list[Line], idx: int, title: str) -> Line | None:
    """The 印发 notice line just after a page's heading when the heading is the policy it issues.

    武汉市氢能产业发展三年行动方案 then 市人民政府关于印发武汉市氢能产业发展三年行动方案的通知: the notice.
    """
    if "通知" in title[-4:]:
        return None
    key = _bare_title(title)
    for ln in [x for x in lines[idx + 1: idx + 80] if x.text.strip()][:30]:
        if _is_chrome(ln.text) or _FIELD_NAMES.search(ln.text):
            continue  # 索 引 号…公文名称…的通知: a page's field line that quotes the title
        m = _ISSUING_NOTICE.match(ln.text.strip())
        x = _bare_title(m.group("x")) if m else ""
        if m and len(key) >= 6 and len(x) >= 6 and (key in x or x in key):
            return ln
    return None


def _bare_title(t: str) -> str:
    """A title without quotes, spaces or a leading place: 内蒙古自治区“十四五”… and 《“十四五”…》 compare equal."""
    t = re.sub(r"[《》〈〉“”\"'‘’\s]", "", t)
    place = leading_place(t)
    return t[len(place):] if place else t


def _joint(ctx: DocContext | None, ln: Line) -> list[str]:
    """The agencies of one signature line: joint issuers may share a line, set apart by spaces.

    Normalisation squeezes the spaces between Chinese characters, so the original line
    is split; a line written without spaces is cut where a second named agency begins.
    """
    t = ln.text.strip()
    if ctx is not None and ln.end > ln.start:
        parts = [x for x in re.split(r"\s+", ctx.nt.original_text(ln.start, ln.end).strip()) if x]
        if len(parts) >= 2 and all(is_agency(x) and (_SUFFIX_END.search(x) or lookup(x)) for x in parts):  # 全国工商联
            return _shared_place(parts)
    for m in _SUFFIX_END.finditer(t):
        a, b = t[: m.end()], t[m.end():]
        b_place = leading_place(_PARTY_PREFIX.sub("", b))
        if b_place and lookup(a) and not leading_place(a):
            continue  # 国家税务总局深圳市税务局: a national body's local branch is one agency
        if len(a) >= 4 and len(b) >= 3 and (b_place or lookup(b)) \
                and is_agency(a) and is_agency(b) and _SUFFIX_END.search(b[-4:]):
            return [a, *_joint(None, Line(b, 0, 0))]
    return [t]


def _shared_place(parts: list[str]) -> list[str]:
    """内蒙古自治区交通运输厅 财政厅: a joint issuer written without its place shares the first one's."""
    place = leading_place(parts[0])
    if not place:
        return parts
    return [parts[0], *(place + x if is_bare_body(x) else x for x in parts[1:])]
