"""People named in a document and the role the text gives them.

Three sources, each a genre convention:

* the salutation of a reply: 尊敬的A、B、C代表 (each a 代表) or 尊敬的X委员 (委员);
* contact lines: 联系人:蔡小勇 (role 联系人; the phone number is never kept), also after the
  contact's unit (联系人:某部某司 刘洋), and the signing officer of a reply (签发人:王建);
* leaders named in the policy text with their title: 习近平总书记 (a short list of
  national leaders is data, not guessed from any 2-3 characters before a title).

People in trailing web boilerplate are ignored because none of these patterns
reads them.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> ctx = DocContext("d", normalize("尊敬的张三、李四代表：\\n现答复如下。\\n(联系人：王五，电话：12345678)"))
>>> [(p.name, p.role) for p in extract_people(ctx, None)]
[('张三', '代表'), ('李四', '代表'), ('王五', '联系人')]
>>> parse_salutation("尊敬的胡为民委员:")
(('胡为民',), '委员')
>>> ctx = DocContext("d", normalize("由区政府副区长陈贤、区政府副区长、区公安局局长徐勇任常务副组长。"))
>>> [(p.name, p.role) for p in extract_people(ctx, None)]
[('陈贤', '副区长,常务副组长'), ('徐勇', '局长,常务副组长')]
"""
from __future__ import annotations

import bisect
import re

from policykg.loaders.context import DocContext
from policykg.loaders.entities.lexicon import lexicon
from policykg.loaders.prefilter import finditer
from policykg.schema.models import Person

__all__ = ["extract_people", "parse_salutation", "SALUTATION", "LEADERS", "PROPOSER_LABEL"]

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_SALUTED = r"(?:(?!等)[\u4e00-\u9fff·]){2,4}"  # 韦涛等代表: 等 closes the list of names
SALUTATION = re.compile(
    rf"^(?:尊敬的)?(?P<names>{_SALUTED}(?:[、,，和及]{_SALUTED})*?)(?:等(?:\d+|[一二三四五六七八九十]+)?[位名]?)?"
    r"(?P<role>代表|委员)(?:同志|先生|女士|们)?\s*[:,]",
    re.M,
)
_NOT_NAMES = frozenset({"各位", "全体", "广大", "人大", "政协", "市人大", "区人大", "县人大", "省人大", "市政协", "区政协", "各位人大",
                        "各位政协"})
_CONTACT = re.compile(
    r"(?P<role>联系人|签发人|领导署名|签批人)(?:及(?:联系)?电话)?\s*[:]\s*(?:[\u4e00-\u9fff]{2,24}?(?:司|局|处|科|室|中心|厅|委|办))?\s*"
    r"(?!联系|电话|手机|邮箱|地址|传真|座机)(?P<name>[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}?)"  # 联系人:(empty) 联系电话:
    r"(?=(?:同志|先生|女士)?(?:\s|[,;:、)(]|联系|电话|手机|座机|传真|邮箱|办公|\d|$))",
    re.M,
)
# National leaders as the policy texts name them; the title that follows gives the role.
LEADERS = ("习近平", "李强", "李克强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正", "汪洋", "栗战书", "王岐山", "胡锦涛", "温家宝",
           "张德江", "俞正声", "刘云山", "张高丽", "吴邦国", "贾庆林", "李长春", "习仲勋", "朱镕基", "李岚清", "吴仪", "曾培炎", "回良玉",
           "陈至立", "马凯", "刘延东", "孙春兰", "胡春华", "刘鹤", "何立峰", "张国清", "刘国中", "王勇", "谌贻琴", "吴政隆")
_LEADER = re.compile(
    "(?P<name>" + "|".join(LEADERS) + ")(?:同志(?=总书记|国家主席|主席|总理|副总理|委员长|副主席))?"
    "(?P<role>总书记|国家主席|主席|总理|副总理|国务委员|委员长|副主席|同志)?"  # 以习近平同志为核心的党中央: named as a person
    "(?:[、和](?=[\u4e00-\u9fff]{2,3}(?:副总理|国务委员|总理)))?"
)
_TITLE = r"副?(?:县长|区长|市长|省长|镇长|乡长|局长|厅长|部长|司长|处长|科长|主任|书记|主席|秘书长|组长|常委)"
# officials a plan names with their post: 由区委常委、副区长于宁同志担任组长, 组长由政府副县长李龙同志担任
_NOT_IN_NAME = r"(?![的等和及与各有关相其负责同志们])"  # 主任及有关同志: no name
_OFFICIAL = re.compile(rf"(?P<role>{_TITLE})(?P<name>(?:{_NOT_IN_NAME}[\u4e00-\u9fff]){{2,3}}?)同志")
# a leading group's posts given to officials by name: 由区委常委、区政府常务副区长龚锐任组长, 区政府副区长陈贤、
# 区公安局局长徐勇任常务副组长 (a list of posts and names before 任…组长)
_GROUP_POST = re.compile(r"(?:^|(?<=[,;。:由\n]))(?P<list>[^,;。:由\n]{4,200}?)(?:同志)?(?:任|担任)(?P<post>(?:常务)?副?(?:组长|指挥长|总指挥|召集人))")
_POSTED = re.compile(rf"(?P<role>{_TITLE})(?P<name>[\u4e00-\u9fff]{{2,3}})(?:同志)?$")
# a leader named after the post, the name not followed by 同志: 省委书记刘家义, 省委副书记、省长李干杰提出…
# (the role is (?:[省市区县州]委)?副?(?<!总)书记|(?:常务)?副?[省市区县州]长 written out, each way in opening with its own
# character, so that a scan of the whole text skips to the next 省, 市, 副, 书, 常 …)
_TITLED_LEADER = re.compile(r"(?P<role>省委副?书记|市委副?书记|区委副?书记|县委副?书记|州委副?书记|副书记|副[省市区县州]长|(?<!总)书记"
                            r"|常务副?[省市区县州]长|省长|市长|区长|县长|州长)"
                            r"(?P<name>(?![对在从向为与和及将把被由给让经等])[\u4e00-\u9fff]{2,3}?)"
                            r"(?=[,、。;]|提出|指出|强调|作出|批示|要求|主持|出席|在)")
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})
# a 政府令's or a ministry's decree's signature: 市　长:温国辉, 局长 杨焕宁
_DECREE_SIGN = re.compile(r"^[ \t\u3000]*(?P<role>[省市区县][ \t\u3000]*长|局[ \t\u3000]*长|部[ \t\u3000]*长|署[ \t\u3000]*长|主[ \t\u3000]*任)"
                          r"[ \t\u3000]*:?[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*$", re.M)
# contacts named before their telephone number: 业务咨询:金文敏、王倩,020-87584786; 电商科:冯素萍,电话:8271016
_SEVEN_DIGITS = re.compile(r"\d{7}")  # every phone number _PHONE_CONTACT reads holds seven digits in a row
_PHONE_CONTACT = re.compile(r"(?:^|(?<=[:,;(\s]))(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){0,5}),?"
                            r"(?:联系电话|电话|手机|座机)?:?(?=(?:0\d{2,3}-?)?\d{7,8}(?!\d)|1[3-9]\d{9}(?!\d))", re.M)
# who signed a reply off: 此答复函已经王祖勋局长审签, 已经我委高健主任审签
_SIGNED_OFF = re.compile(rf"已经(?:我委|我局|我厅|我办|本局|本委)?(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?P<role>{_TITLE})审(?:签|定|核|阅)")
# a signature line with the post before the name: 省数据资源局局长 王爱学
_SIGNATURE = re.compile(rf"^\s*[\u4e00-\u9fff]{{2,20}}?(?:局|厅|委|部|办|政府|委员会)(?P<role>{_TITLE})\s*(?P<name>[\u4e00-\u9fff]{{2,3}})\s*$", re.M)
# a leading group's roster, one official a line: 组长:张延保  市委副书记、市长 / 成员:杨成谋 市政府副秘书长 / 高兴国  市委宣传部…
_SP = "[ \\t\\r\\u3000\\xa0]"  # the roster is read on the text as written, its line breaks and spaces kept
_POST = rf"(?:常务)?副?(?:组{_SP}*长|指挥长|总指挥|召{_SP}*集{_SP}*人)|成{_SP}*员"  # 组　长, 成　员: spaced out in a table
# a roster run into one line (召 集 人：杨传堂　　交通运输部党组书记　　　　　李小鹏　　…副召集人：…): its entries
_ROSTER_CUT = re.compile(rf"{_SP}{{3,}}|(?<!副)(?<!常务)(?=(?:{_POST}){_SP}*[:：])"
                         # …局长王 浩 区管委会办公室副主任: an entry's title runs into the next one's name (or one space parts them)
                         rf"|(?<=[长任记席员理])[ \u3000]?(?!科员|委员|专员|助理|调研员|巡视员)(?=[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){{1,2}}[ \u3000][\u4e00-\u9fff])")
_POST_COLON = re.compile(rf"(?:{_POST}){_SP}*[:：]")  # a post given on a line (a roster's sign)
_POST_END = re.compile(rf"[长员人]{_SP}*[:：]")  # (where every post given ends: a quick test before _POST_COLON)
_ROSTER_POST = re.compile(rf"^{_SP}*(?P<post>{_POST}){_SP}*[:：]")
_ROSTER_LINE = re.compile(rf"^{_SP}*(?:{_POST})?{_SP}*[:：]?{_SP}*"
                          rf"(?P<name>[\u4e00-\u9fff](?:{_SP}{{0,3}}[\u4e00-\u9fff]){{1,2}}?)"
                          rf"(?:{_SP}+|(?=[省市区县州]))(?P<role>[^\n,，。:：;；]{{0,30}}?(?:{_TITLE}|总?经理|董事长|调研员|巡视员|科员|负责人|所长|队长|站长|馆长|行长))(?:{_SP}*[（(][^()（）\n]{{1,12}}[)）])?{_SP}*$")
# 成 员:巫振江(市府办) / 沈 慧: a roster's entry by name, with its unit in brackets or alone
_ROSTER_NAME_UNIT = re.compile(rf"^{_SP}*(?:(?:{_POST}){_SP}*[:：])?{_SP}*(?P<name>[\u4e00-\u9fff](?:{_SP}?[\u4e00-\u9fff]){{1,2}})"
                               rf"(?:{_SP}*[（(](?P<role>[^()（）\n]{{2,20}})[)）])?{_SP}*$")
# a salutation is one of the first lines of a reply
# a handling record's field for its proposers: 提 案 人:陈苏、李桂妹委员 / 领衔代表:张三 (a reply's handling record)
PROPOSER_LABEL = r"(?:提\s*案\s*人|领\s*衔\s*人|领衔代表|领衔委员|提\s*出\s*人|建\s*议\s*人)\s*:"
_PROPOSERS = re.compile(PROPOSER_LABEL + r"\s*"
                        r"(?:[\u4e00-\u9fff]{2,14}?(?:支部|支社|委员会|总支|小组|联组|界)[、,])?"  # 民革平潭支部、林学凤…: a group first
                        r"(?P<list>[\u4e00-\u9fff·]{2,4}?(?:[、,][\u4e00-\u9fff·]{2,4}?){0,19})(?=等|代表|委员|[^\u4e00-\u9fff·]|$|(?:主办|承办|分办|会办|协办)单位|案由)"
                        r"(?:等)?(?P<role>代表|委员)?")
_HEAD_LINES = 8
_SCAN_LINES = 80  # a salutation further down a page counts when the reply addresses its proposer there
_ADDRESSED = re.compile(r"您|你们|收悉|提出的")


def parse_salutation(line: str) -> tuple[tuple[str, ...], str] | None:
    """Names and role of a salutation line (尊敬的…代表/委员), or None."""
    m = SALUTATION.match(line.strip())
    if not m:
        return None
    names = tuple(n for n in re.split(r"[、,，和及]", m.group("names")) if n)
    if any(n in _NOT_NAMES for n in names):
        return None
    return names, m.group("role")


def _salutation(ctx: DocContext) -> list[Person]:
    text = ctx.text
    pos = 0
    for k in range(_SCAN_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        near = k < _HEAD_LINES or _ADDRESSED.search(text, pos, end + 120)  # deeper in a page: the reply must follow
        if near and (line.startswith("尊敬的") or SALUTATION.match(line) and (len(line) < 80 or "您好" in line[:30])):
            m = SALUTATION.match(line)
            if m and parse_salutation(line):
                out = []
                names_start = pos + m.start("names")
                for part in re.finditer(r"[^、,，和及]+", m.group("names")):
                    a = names_start + part.start()
                    out.append(Person(part.group(0), m.group("role"), ctx.evidence(a, a + len(part.group(0)))))
                return out
        if end >= len(text):
            break
        pos = end + 1
    return []


def extract_people(ctx: DocContext, meta) -> tuple[Person, ...]:  # noqa: ANN001 - Metadata, kept loose to avoid a cycle
    """People of a document: salutation proposers, contacts and named leaders, deduplicated by name.

    Parameters
    ----------
    ctx : DocContext
        The document.
    meta : Metadata or None
        Unused today; part of the extractor signature.

    Returns
    -------
    tuple of Person
        In reading order; no phone number is ever part of a name or role.
    """
    found: list[Person] = _salutation(ctx)
    for m in _CONTACT.finditer(ctx.text):
        if m.group("name")[-1] in "局委办厅处科室司":
            continue  # 联系人:各区科技局: a unit, no one named
        found.append(Person(m.group("name"), m.group("role"), ctx.evidence(m.start("name"), m.end("name"))))
    for pat in (_OFFICIAL, _SIGNED_OFF, _SIGNATURE):
        for m in finditer(pat, ctx.text):
            found.append(Person(m.group("name"), m.group("role"), ctx.evidence(m.start("name"), m.end("name"))))
    for m in _DECREE_SIGN.finditer(ctx.text):
        role = re.sub(r"[ \t\u3000]", "", m.group("role"))
        found.append(Person(m.group("name"), role, ctx.evidence(m.start("name"), m.end("name"))))
    for m in _PHONE_CONTACT.finditer(ctx.text) if _SEVEN_DIGITS.search(ctx.text) else ():
        names = m.group("names").split("、")
        if all(lexicon().is_person_name(n) for n in names):
            at = m.start("names")
            for n in names:
                found.append(Person(n, "联系人", ctx.evidence(at, at + len(n))))
                at += len(n) + 1
    for m in finditer(_GROUP_POST, ctx.text):
        pos = m.start("list")
        for piece in re.split("[、和]", m.group("list")):
            n = _POSTED.search(piece)
            if n and not re.search(_TITLE, n.group("name")):
                at = pos + n.start("name")
                found.append(Person(n.group("name"), n.group("role") + "," + m.group("post"), ctx.evidence(at, at + len(n.group("name")))))
            pos += len(piece) + 1
    found += _roster(ctx)
    found += _contact_names(ctx)
    found += _name_table(ctx)
    for m in _PROPOSERS.finditer(ctx.text):
        pos, role = m.start("list"), f"{m.group('role') or '代表'}(提案人)"
        for name in re.split("[、,]", m.group("list")):
            if name not in _NOT_NAMES:
                found.append(Person(name, role, ctx.evidence(pos, pos + len(name))))
            pos += len(name) + 1
    for m in _TITLED_LEADER.finditer(ctx.text):
        if lexicon().tag(m.group("name")) in _NAME_TAGS and not re.search(_TITLE, m.group("name")):
            found.append(Person(m.group("name"), m.group("role"), ctx.evidence(m.start("name"), m.end("name"))))
    for m in _LEADER.finditer(ctx.text):
        shared = re.match(r"[\u4e00-\u9fff]{2,3}(副总理|国务委员|总理)", ctx.text[m.end():]) if m.group(0)[-1:] in "、和" else None
        role = m.group("role") or (shared.group(1) if shared else None)  # 曾培炎、回良玉副总理: the title both share
        if not role:
            continue
        found.append(Person(m.group("name"), role, ctx.evidence(m.start("name"), m.end("name"))))
    seen: set[str] = set()
    out = []
    for p in found:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return tuple(out)


def _roster_lines(text: str) -> list[tuple[str, int]]:
    """The text's lines with their offsets; a roster run into one line is cut into its entries."""
    out: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) >= 60 and _POST_END.search(line) and _POST_COLON.search(line) and len(_ROSTER_CUT.findall(line)) >= 4:
            cuts = [0, *(m.start() for m in _ROSTER_CUT.finditer(line) if m.start()), len(line)]
            out.extend((line[x:y], pos + x) for x, y in zip(cuts, cuts[1:]) if y > x)
        else:
            out.append((line, pos))
        pos += len(line) + 1
    return out


def _roster(ctx: DocContext) -> list[Person]:
    """Officials of a roster: a line that gives a post (组长:, 成员:) with a name and a title, and the lines
    right after it that give a name and a title only. Read on the text as written (normalising joins the lines)."""
    out: list[Person] = []
    post = ""
    for line, pos in _roster_lines(ctx.nt.original):
        if not line.strip(" \t\r\u3000\xa0"):
            continue  # a blank line between a roster's lines
        head = _ROSTER_POST.match(line)
        m = (_ROSTER_LINE.match(line) or _ROSTER_NAME_UNIT.match(line)) if head or post else None
        if m:
            post = re.sub(_SP, "", head.group("post")) if head else post
            a, b = (bisect.bisect_left(ctx.nt.index, pos + k) for k in (m.start("name"), m.end("name")))
            name = re.sub(_SP, "", m.group("name"))
            out.append(Person(name, ",".join(filter(None, (post, (m.group("role") or "").strip()))), ctx.evidence(a, b)))
        else:
            post = ""
    return out


# 联 系 人:市经信局企业促进科 王国伟 黎晓红 (on the text as written: the spaces part the names)
_CONTACT_LINE = re.compile(r"联[ \u3000]*系[ \u3000]*人[ \u3000]*[:：][ \u3000]*(?P<rest>[^\n:：]{2,40}?)"
                           r"(?=[ \u3000,，;；]*(?:联系|电话|手机|座机|传真|邮箱|[(（\d\n]|$))")


def _contact_names(ctx: DocContext) -> list[Person]:
    """Every person a contact line names after the contact's unit, parted by spaces or 、 (a name that is
    two or three characters, opens with a surname and is no dictionary word)."""
    out: list[Person] = []
    lex = lexicon()
    for m in _CONTACT_LINE.finditer(ctx.nt.original):
        pieces = [(p.group(0), m.start("rest") + p.start()) for p in re.finditer(r"[^ \u3000、,，;；]+", m.group("rest"))]
        names = []
        for piece, at in reversed(pieces):  # the names come last, after the unit
            if not (2 <= len(piece) <= 3 and piece[0] in lex.all_surnames and lex.tag(piece) in ("x", "nr", "nrfg", "nrt")
                    and not lex.is_place(piece)):
                break
            names.append((piece, at))
        if len(names) < 2 and len(names) < len(pieces):
            continue  # one name after a unit is read by the contact pattern; here only lists of names
        for piece, at in reversed(names):
            a, b = (bisect.bisect_left(ctx.nt.index, at + k) for k in (0, len(piece)))
            out.append(Person(piece, "联系人", ctx.evidence(a, b)))
    return out


_NAME_HEAD = re.compile(r"^姓\s*名$")
_ROLE_HEAD = re.compile(r"^(?:拟评职称|拟任职务|拟聘岗位|职务|职称|岗位|职位|现任职务)$")


def _name_table(ctx: DocContext) -> list[Person]:
    """The people of a table with a 姓名 column (a 公示 of those who passed a review, a list of awardees):
    each row's name, with the row's post or title as the role when the table has such a column."""
    out: list[Person] = []
    lex = lexicon()
    col = role_col = None
    width = 0
    pos = 0
    for line in ctx.text.split("\n"):
        cells = line.split("\t")
        heads = [k for k, c in enumerate(cells) if _NAME_HEAD.match(c.strip())]
        if len(cells) >= 3 and heads:
            col, width = heads[0], len(cells)
            role_col = next((k for k, c in enumerate(cells) if _ROLE_HEAD.match(c.strip())), None)
        elif col is not None and len(cells) == width:
            name = cells[col].strip().replace(" ", "")
            if 2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) and name[0] in lex.all_surnames \
                    and not lex.is_place(name):
                at = pos + sum(len(c) + 1 for c in cells[:col]) + cells[col].index(cells[col].strip()[:1])
                role = cells[role_col].strip() if role_col is not None else "名单"
                out.append(Person(name, role or "名单", ctx.evidence(at, at + len(cells[col].strip()))))
        elif line.strip():
            col = None  # the table ends where a line of another shape begins
        pos += len(line) + 1
    return out
