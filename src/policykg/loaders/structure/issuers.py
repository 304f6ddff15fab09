"""Who issued a document, and the signature that says so: decree lines, portal labels, signature blocks.

The issuer comes from the text only: a ministry's decree line (…令第2号公布), a
portal label (发文单位:), the agency lines of a signature block above its date, a
signature run into one line, an agency line over the title, or the title's own
``X关于…`` (see :func:`policykg.loaders.structure.metadata.extract_metadata`).

Examples
--------
>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.structure.titles import header_end, lines_of
>>> lines = lines_of(normalize('''关于加强安全生产工作的通知
... 各区县:
... 请认真贯彻执行。
... 苏州市应急管理局
... 苏州市财政局
... 2021年3月5日''').text)
>>> signature_blocks(lines)
[(5, '2021-03-05')]
>>> find_issuers(lines, header_end(lines), "关于加强安全生产工作的通知")
('苏州市应急管理局', '苏州市财政局')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.loaders.context import DocContext
from policykg.loaders.facts.people import PROPOSER_LABEL
from policykg.loaders.gazetteers.agencies import is_agency, lookup
from policykg.loaders.gazetteers.places import leading_place
from policykg.loaders.normalize import fold
from policykg.loaders.structure.dates import DATE, date_match_to_iso
from policykg.loaders.structure.run_on import run_on_signature, spaced_apart
from policykg.loaders.structure.titles import (
    _HEADER_DOC,
    _PUNCT,
    _SUFFIX_END,
    _TITLE_WORD,
    Line,
    _joint,
    _shared_place,
)

__all__ = ["find_decree", "find_passage", "find_promulgation", "Promulgation", "find_issuers", "signature_blocks", "inline_signature"]

_LABEL_ISSUER = re.compile(r"(?:发文单位|发文机关|发布机构|发文机构|制发机关|主办单位)\s*[:\t]\s*(?P<v>[^\n\t]+)")
_CHROME_ANYWHERE = re.compile(r"(?:级别|分类|状态|支持方式|支持产业|来源|发布时间|发布日期|印发日期|成文日期|文号|发文字号|索引号|主题分类)\s*:")
_TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff、 ]{3,40}?)(?:关于|印发《|转发《)")  # 国务院关于…, X印发《…》的通知
_INSTITUTION = re.compile(r"(?:中心|协会|学会|研究院|事务所|管理站|管理所)$")
_CRAWLED_BY = re.compile(r"^(?P<org>[\u4e00-\u9fff ]{4,60}?)[:：]关于")
_SEAL_NOTE = re.compile(r"[(](?:代章|印|盖章)[)]$")
_SIGN_SKIP = re.compile(r"^(?:\(?联系人|\(?此件|抄送|特此|附件|\(?本件|\(?联系电话|\(?电话)")

# a ministry's rules (部门规章) promulgated by decree: 2022年6月6日中华人民共和国国家安全部令第2号公布
_DECREE = re.compile(r"(?P<d>\d{4}年\d{1,2}月\d{1,2}日)?\s*以?(?P<org>[\u4e00-\u9fff]{2,30}?)令\s*第(?P<n>[〇一二三四五六七八九十百零\d]+)号\s*(?:公布|发布)")


# a local regulation's passage line: 2017年12月1日 河南省第十二届人民代表大会常务委员会第三十二次会议通过
_MEETING = (r"(?P<d>\d{4}年\d{1,2}月\d{1,2}日)\s*(?P<org>[\u4e00-\u9fff]{2,30}?人民代表大会(?:常务委员会)?)"
            r"第[〇一二三四五六七八九十百零\d]+次(?:全体)?会议")
_PASSED = re.compile(_MEETING + "通过")
# a congress's session that changed a regulation: …会议通过 / …会议修订 / …会议第二次修订 / …会议《关于修改…的决定》修正
_SESSION = re.compile(_MEETING + r"(?P<rest>(?:(?!\d{4}年\d{1,2}月)[^\n]){0,80})")
_CHANGED = re.compile(r"(?:通过|修订|修正|第[一二三四五六七八九十]+次(?:修订|修正)|(?:通过的)?《[^《》]{2,60}》(?:第[一二三四五六七八九十]+次)?(?:修订|修正))")
_PROPOSER_FIELD = re.compile(PROPOSER_LABEL)


def find_passage(lines: list[Line], head: int) -> re.Match[str] | None:
    r"""The line that says which people's congress passed a regulation, and when: the congress that enacts it (a
    city's congress passes, the province's only approves), at its last revision (…会议第二次修订, …会议《关于修改…的
    决定》修正, a later …会议通过 of the amending decision).

    >>> from policykg.loaders.structure.metadata import lines_of
    >>> head = lines_of("1997年8月22日 郑州市第十届人民代表大会常务委员会第三十二次会议通过\n"
    ...                 "1998年7月24日 河南省第九届人民代表大会常务委员会第四次会议批准\n"
    ...                 "2020年4月29日 郑州市第十五届人民代表大会常务委员会第十五次会议通过\n"
    ...                 "2020年6月3日 河南省第十三届人民代表大会常务委员会第十八次会议批准的《决定》第二次修正\n第一条 …")
    >>> m = find_passage(head, 4)
    >>> m.group("d"), m.group("org")
    ('2020年4月29日', '郑州市第十五届人民代表大会常务委员会')
    """
    first = None
    for ln in lines[: head + 6]:
        m = _PASSED.search(ln.text)
        if m:
            first = m
            break
    if first is None:
        return None
    place = first.group("org").split("第")[0]
    last = first
    for ln in lines[: head + 10]:
        for m in _SESSION.finditer(ln.text):
            if m.group("org").split("第")[0] == place and _CHANGED.match(m.group("rest")):
                last = m  # the province's 批准 of a city's amendment is no session of the enacting congress
    return last


def find_decree(lines: list[Line], head: int) -> re.Match[str] | None:
    """The decree line under a ministry's rules (its issuer, number and date), if the head has one."""
    for ln in lines[: head + 6]:
        m = _DECREE.search(ln.text) if "令" in ln.text else None  # (every decree line holds 令: most lines skip the scan)
        if m and is_agency(re.sub(r"^中华人民共和国", "", m.group("org"))):
            return m
    return None


@dataclass(frozen=True)
class Promulgation:
    """A government decree's head: 广州市人民政府令 | 第179号 | 《T》已经…通过,现予公布 | 市长:… | date."""

    org: str
    number: str
    title: str
    date: str | None


_ORDER_LINE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,30}?)令$")
_ORDER_NO = re.compile(r"^[(]?第\s*(?P<n>[〇一二三四五六七八九十百零\d]+)\s*号[)]?$")  # (第290号): in brackets too
_PROMULGATED = re.compile(r"《(?P<t>[^《》]{2,80})》[^。]{0,80}?(?:通过|同意)[^。]{0,12}?现予(?:公布|发布)")


def find_promulgation(lines: list[Line]) -> Promulgation | None:
    r"""The decree head that opens a government's rules (政府令), if the text opens with one.

    >>> from policykg.loaders.structure.titles import lines_of
    >>> find_promulgation(lines_of("广州市人民政府令\n第179号\n《广州市老年人优待办法》已经市政府常务会议通过,现予公布。\n"
    ...                            "市 长:温国辉\n2021年1月29日\n广州市老年人优待办法"))
    Promulgation(org='广州市人民政府', number='广州市人民政府令第179号', title='广州市老年人优待办法', date='2021-01-29')
    """
    texts = [ln.text.strip() for ln in lines[:12]]
    for k in range(len(texts)):  # 国家安全生产监督管理总局令第88号: the order and its number on one line
        one = "令" in texts[k] and re.fullmatch(r"(?P<o>[\u4e00-\u9fff]{2,30}?令)\s*(?P<n>第\s*[〇一二三四五六七八九十百零\d]+\s*号)", texts[k])
        if one:
            texts[k:k + 1] = [one.group("o"), one.group("n")]
            break
    for i in range(len(texts) - 2):
        order, no = _ORDER_LINE.match(texts[i]), _ORDER_NO.match(texts[i + 1])
        if not (order and no and is_agency(order.group("org"))):
            continue
        said = next((m for m in map(_PROMULGATED.search, texts[i + 2:i + 5]) if m), None)
        if said is None:
            return None
        date = next((date_match_to_iso(d) for d in (DATE.fullmatch(t) for t in texts[i + 3:i + 8]) if d), None)
        org = order.group("org")
        return Promulgation(org, org + "令" + re.sub(r"\s", "", no.group(0)), said.group("t"), date)
    return None


def find_issuers(lines: list[Line], head: int, title: str, ctx: DocContext | None = None) -> tuple[str, ...]:
    """The issuing agencies the text states, tried in order of trust; joint issuers whose names ran
    together (国家发展改革委国家能源局) are split.

    Parameters
    ----------
    lines : list of Line
        The document's lines (:func:`~policykg.loaders.structure.titles.lines_of`).
    head : int
        Where the heading lines end (:func:`~policykg.loaders.structure.titles.header_end`).
    title : str
        The document's title.
    ctx : DocContext, optional
        The document, for joint issuers on one line and a news report's 某某印发《title》.

    Returns
    -------
    tuple of str
        The issuers as written, ``()`` if the text names none.
    """
    return tuple(n for org in _issuers(lines, head, title, ctx) for n in _run_together(org))


def _issuers(lines: list[Line], head: int, title: str, ctx: DocContext | None) -> tuple[str, ...]:
    decree = find_decree(lines, head)
    if decree:
        return (decree.group("org"),)
    for ln in lines[: head + 12]:
        m = _LABEL_ISSUER.search(ln.text)
        if m:
            value = _CHROME_ANYWHERE.split(m.group("v"), 1)[0]
            names = [p for p in (_agency_prefix(n) for n in re.split(r"[、,;\s]+", value)) if p]
            if ctx is not None and _PROPOSER_FIELD.search(ctx.text[:3000]):
                break  # a proposal's handling record: 发布机构 (政协…) received it, 主办单位 handles it; neither signs
            if names:  # a portal's label, unless the title names another body (X关于印发…: X issues it)
                named = _title_names(title)
                if named and not set(named) <= set(names):
                    return named
                joint = next((b for i, _ in signature_blocks(lines) if set(names) < set(b := _block_issuers(lines, i, ctx))), None)
                return _with_place(joint or tuple(_shared_place(names)), title)  # the label names the first of joint signers
    masthead = _masthead(lines, head)
    if masthead:  # 济南市商务局 / 济南市财政局 / … / 文件: a joint red header, one body a line
        return masthead
    sign = _signature_issuers(lines, head, ctx)
    if sign:
        return _with_place(sign, title)
    for i, _ in signature_blocks(lines):
        names = _block_issuers(lines, i, ctx)
        if names:
            return _with_place(names, title)
    inline = inline_signature(lines, head)
    if inline:  # 苏州市吴中区发展和改革委员会 苏州市吴中区工业和信息化局 2023年4月24日: joint issuers on one line
        return spaced_apart(inline[0], ctx) or _run_together(inline[0])
    passed = find_passage(lines, head)
    if passed:  # a regulation without the announcement that promulgates it: the congress that passed it, unless
        return _title_names(title) or (passed.group("org"),)  # the title names it (X人大常委会关于…的办法)
    for ln in lines[:head]:
        m = _HEADER_DOC.match(ln.text)
        if re.match(r"[\u4e00-\u9fff]{2,6}:", ln.text):
            continue  # 栏目:区管委会办公室文件: a page's label, not a red header
        if m and is_agency(m.group("org")):
            return (m.group("org"),)
        t = ln.text.strip()
        if _names_one_body(t):
            return (t,)
    names = _title_orgs(title)  # 国家发展改革委 国家能源局关于…: two issuers
    if names and all(is_agency(n) for n in names):
        return tuple(names)
    if len(names) == 1 and _INSTITUTION.search(names[0]) and leading_place(names[0]) \
            and any(ln.text.strip() == names[0] for ln in lines[-8:]):
        return tuple(names)  # 广州市社会保险基金管理中心关于…的通告, signed by it: a public institution issues it
    if ctx is not None and len(title) >= 6 and f"《{fold(title)}》" in ctx.text[:3000]:  # a news report: 呼和浩特市人民政府印发《title》
        m = re.search(r"(?P<org>[\u4e00-\u9fff]{4,30}?)(?:正式)?(?:印发|发布|出台)了?《" + re.escape(fold(title)) + "》",
                      ctx.text[:3000])
        for k in range(len(m.group("org")) if m else 0, 3, -1):
            org = m.group("org")[-k:]
            if is_agency(org) and not org.startswith(("日", "月")):
                return (org,)
    run_on = run_on_signature(lines)
    if not run_on:  # 福建省财政厅 福建省人力资源和社会保障厅:关于印发…: a crawler's title names the issuers, nothing else does
        m = _CRAWLED_BY.match(title)
        names = re.split(r"\s+", m.group("org").strip()) if m else []
        return tuple(names) if names and all(leading_place(n) and is_agency(n) for n in names) else ()
    return spaced_apart(run_on[0], ctx) or _run_together(run_on[0])  # a head run into one line (OCR): its signature


def _names_one_body(t: str) -> bool:
    """Whether a head line is one body's name and nothing else (no title, no sentence)."""
    return len(t) <= 30 and not _PUNCT.search(t) and not _TITLE_WORD.search(t) and is_agency(t)


def _masthead(lines: list[Line], head: int) -> tuple[str, ...]:
    """The bodies of a joint red header: two or more lines at the head that each name one body (文件 may follow)."""
    run: list[str] = []
    for ln in lines[: head + 1]:
        t = re.sub(r"(?<=[局会厅室府])文件$", "", ln.text.strip())  # 济南市发展和改革委员会文件: 文件 beside one of them
        if _names_one_body(t) and (leading_place(t) or lookup(t)):
            run.append(t)
        elif run:
            break
    return tuple(run) if len(run) >= 2 else ()


def _title_orgs(title: str) -> list[str]:
    """The names a title puts before its 关于 / 印发《 (国家发展改革委 国家能源局关于…: two)."""
    m = _TITLE_ISSUER.match(re.sub(r"\s+", " ", title).strip())  # 陕西省发展和改革委员会陕西省林业局关于…: run together
    return [r for n in re.split(r"[、 ]", m.group("org")) if n for r in _run_together(n)] if m else []


def _title_names(title: str) -> tuple[str, ...]:
    """The bodies a title names before its 关于 when each is an agency written with its place, else ()."""
    named = _title_orgs(title)
    return tuple(named) if named and all(n[:1] not in "省市区县" and is_agency(n) and leading_place(n) != n
                                        for n in named) else ()  # not 北京市关于…: a place, no body


def _with_place(signed: tuple[str, ...], title: str) -> tuple[str, ...]:
    """A signature that names its body by tier only (省政府办公厅, 县政府) under the name the title gives it
    (广东省人民政府办公厅关于…)."""
    named = _title_orgs(title)
    if len(named) == len(signed) and all(n[:1] in "省市区县" and not leading_place(n) for n in signed) and all(
            leading_place(n) and is_agency(n) for n in named):
        return tuple(named)
    return signed


_NEXT_PLACE = re.compile(r"(?<=[会局厅办署委部室心府])(?!员会|公[厅室])(?=[\u4e00-\u9fff]{2,7}?[省市区县]|国家|国务院|中共|中国|[省市区县](?!委|政府))")


def _run_together(org: str) -> tuple[str, ...]:
    """Joint issuers whose names ran together (the space between them folded away): each from its place on.

    >>> _run_together("苏州市吴中区发展和改革委员会苏州市吴中区工业和信息化局")
    ('苏州市吴中区发展和改革委员会', '苏州市吴中区工业和信息化局')
    >>> _run_together("中共中央办公厅国务院办公厅")
    ('中共中央办公厅', '国务院办公厅')
    >>> _run_together("国务院法制办公室秘书行政司")
    ('国务院法制办公室秘书行政司',)
    """
    for m in _NEXT_PLACE.finditer(org):
        head, rest = org[:m.start()], org[m.start():]
        if is_agency(head) and (leading_place(rest) or rest.startswith(("国家", "国务院", "中共", "中国", "省", "市", "区", "县"))) \
                and is_agency(rest) and len(head) >= 4:
            return (head, *_run_together(rest))
    return (org,)


def _agency_prefix(s: str) -> str | None:
    """The longest start of ``s`` that reads as an agency (a merged label line runs on into prose)."""
    s = re.split(r"[,。;:]", s, 1)[0]
    if len(s) <= 40 and is_agency(s):
        return s
    for m in reversed(list(_SUFFIX_END.finditer(s[:40]))):
        cand = s[: m.end()]
        if is_agency(cand):
            return cand
    return None


def _signature_issuers(lines: list[Line], head: int, ctx: DocContext | None = None) -> tuple[str, ...]:
    found: list[str] = []
    dated = False  # a signature carries its date; agency names closing a task table do not
    for ln in reversed(lines[max(head, len(lines) - 10):]):
        t = ln.text.strip()
        if not t or DATE.fullmatch(t.strip("()")) or _SIGN_SKIP.match(t):
            if found:
                break
            dated = dated or bool(t and DATE.fullmatch(t.strip("()")))
            continue
        if not dated and len(found) >= 1 and t == found[-1]:
            return ()  # the same unit twice in a row: the cells of a table, not a signature
        if len(t) <= 40 and not _PUNCT.search(t) and is_agency(t) and lookup(t) is None or (
                len(t) <= 40 and lookup(t) is not None):
            found.extend(reversed(_joint(ctx, ln)))
            continue
        break
    return tuple(reversed(found))


def _block_issuers(lines: list[Line], date_line: int, ctx: DocContext | None = None) -> tuple[str, ...]:
    """The agency lines right above a signature date (joint issuers stand one per line or share one)."""
    found: list[str] = []
    for ln in reversed(lines[max(0, date_line - 10): date_line]):
        t = _SEAL_NOTE.sub("", ln.text.strip())  # …联席会议(代章): a body signing with another's seal
        if len(t) <= 40 and not _PUNCT.search(t) and is_agency(t):
            found.extend(reversed(_joint(ctx, ln)) if t == ln.text.strip() else [t])
        else:
            break
    return tuple(reversed(found))


def signature_blocks(lines: list[Line]) -> list[tuple[int, str]]:
    """(index of the date line, ISO date) of every agency line directly followed by a date line."""
    out = []
    for i in range(1, len(lines)):
        t = lines[i].text.strip().strip("()")
        m = DATE.fullmatch(t)
        if not m:
            continue
        prev = _SEAL_NOTE.sub("", lines[i - 1].text.strip())
        if len(prev) <= 40 and not _PUNCT.search(prev) and is_agency(prev):
            iso = date_match_to_iso(m)
            if iso:
                out.append((i, iso))
    return out


_INLINE_SIGN = re.compile(r"^(?P<org>[^,。;:()]{3,40}?(?:[(][^,。;:()]{2,20}[)])?)\s*(?P<d>(?:19|20|一九|二[〇○零])\S{1,12}?日)"
                          r"(?:[(][^()]{0,12}[)]|[a-z]{1,2}|发布(?:,[^。]{0,30})?。?)?$")  # X局2026年5月25日发布,征求意见截止… (印发: the imprint)


def inline_signature(lines: list[Line], head: int) -> tuple[str, str] | None:
    """(issuer, ISO date) of a signature run into one line, 国务院法制办公室秘书行政司二○○五年七月八日 (text
    converted from a page or a string), found in the last lines or where a notice ends."""
    for ln in [*reversed(lines[max(head, len(lines) - 6):]), *lines[:head + 12]]:
        t = ln.text.strip()
        m = _INLINE_SIGN.match(t) or _INLINE_SIGN.match(re.split(r"[。!]", t)[-1].strip())  # …贯彻落实。国务院办公厅2021年5月19日
        if not m or not is_agency(re.sub(r"[(][^()]*[)]$", "", m.group("org").strip())):  # X局(Y局): a second plate
            continue
        d = DATE.fullmatch(m.group("d"))
        iso = date_match_to_iso(d) if d else None
        if iso:
            return m.group("org").strip(), iso
    return None


