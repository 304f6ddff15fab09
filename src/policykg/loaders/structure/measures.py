"""Heading hierarchy and measures.

Plans, opinions and funding measures are read through their numbered headings
(第X章, 一、, (一), 1., (1), 第X条).  The measures are the units of the task
sections: numbered items (1. / (1)) and articles (第X条) are atomic; a section
without numbered items is one measure, or one measure per paragraph when its
paragraphs are separate tasks (each opens with a short title sentence or ends
with its own responsibility parenthesis).  Sections about goals, guiding
thought, principles or the current situation are not measures.  Ids follow the
text: the item numbers when items are numbered continuously through the
document ("1" ... "16"), else the heading path ("二.(一).1", "四.(一)").

Replies to proposals are segmented clause by clause in
:mod:`policykg.loaders.structure.reply_measures`.

Every span covers its measure's whole text, funding clauses and the
responsibility parenthesis included.

Examples
--------
>>> from policykg.loaders.context import DocContext
>>> from policykg.loaders.normalize import normalize
>>> text = '''某市推进软件产业发展行动计划
... 一、发展目标
... 到2025年,软件业务收入突破1000亿元。
... 二、重点任务
... (一)强化技术创新
... 1.突破关键技术。支持企业攻关。(责任单位:市科技局)
... 2.建设创新平台。对新认定的平台给予最高100万元奖励。(责任单位:市工信局)
... (二)壮大市场主体
... 3.培育龙头企业。(责任单位:市工信局、市财政局)
... 三、保障措施
... (一)加强组织领导。由市工信局牵头。'''
>>> ms = extract_measures(DocContext("d", normalize(text)), None)
>>> [(m.id, m.title) for m in ms]
[('1', '突破关键技术'), ('2', '建设创新平台'), ('3', '培育龙头企业'), ('三.(一)', '加强组织领导')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from policykg.loaders.context import DocContext
from policykg.loaders.structure.duty_articles import DUTY_OF, duty_articles, names_a_unit
from policykg.loaders.structure.flat_lines import bracketed_paragraphs as paragraph_tasks
from policykg.loaders.structure.flat_lines import labelled_paragraphs, split_flat, split_paragraphs
from policykg.loaders.structure.headings import LEVEL_ARTICLE, Heading, parse_heading
from policykg.loaders.structure.metadata import Line, header_end, lines_of
from policykg.loaders.structure.reply_measures import reply_measures
from policykg.loaders.structure.spans import MeasureSpan, distinct_ids, short_title, split_tasks, without_closing
from policykg.loaders.structure.table_measures import with_table_rows
from policykg.loaders.structure.tables import document_rows

__all__ = ["MeasureSpan", "extract_measures", "with_table_rows", "names_a_unit", "split_flat", "DUTY_OF", "short_title", "NON_MEASURE_TITLE", "CLOSING"]

log = logging.getLogger(__name__)

NON_MEASURE_TITLE = re.compile(
    r"总体要求|指导思想|基本原则|工作原则|发展目标|行动目标|工作目标|主要目标|总体目标|具体目标|目标任务|发展基础|发展现状|现状分析|"
    r"问题和挑战|问题与挑战|面临形势|发展形势|形势分析|背景|总则|附则|适用范围|重要意义|总体思路|基本思路|发展定位|战略定位|"
    r"实施期限|适用对象|名词解释|术语定义|编制依据|(?:申报|申请)(?:条件|材料|时间|程序|流程|方式|要求)|联系方式|其他事项|注意事项"
    r"|受理(?:时间|方式)|^(?:政策依据|受理(?:部门|单位|地点)|(?:业务)?主管部门|办理(?:时限|流程|时间|程序)|申报对象)$"  # a guide's sections
)
# a paragraph that ends the operative text: validity, interpretation, attachments
CLOSING = re.compile(
    r"^(?:本(?:实施)?(?:意见|办法|措施|方案|计划|文件|通知|规定|细则|政策|决定)(?:自|由|有效期|中(?=[^。]{0,30}(?:解释|施行|废止))|从|(?:实施|执行)(?!期内|期间|过程)|印发|发布)"
    r"|附件\s*\d*\s*[:.]?$|附件\s*\d*\s*[:]|附表|(?:此件|本件)(?:公开|不公开)|(?:上级|国家)[^。]{0,8}另有规定)"
)
_GENERAL_ARTICLE = re.compile(
    r"^(?:为了?|根据)[^。]{0,120}(?:制定|特制定|结合)本|本(?:办法|措施|细则|规定|政策|意见)(?:所称|适用于|由|自|有效期|中|所指)"
    r"|(?:施行|实施)日期|负责解释|以下简称[^。]*。$"
)
_GENERAL_CHAPTER = re.compile(r"总则")
_DUTY_OPENING = re.compile(r"^[^,。;:]{2,30}?(?:局|委|厅|办|部门|政府|中心)(?:是|为|负责)")
# 本办法由市卫生健康行政主管部门负责组织实施: the article names who carries the rules out (not who explains them)
_IMPLEMENTER = re.compile(r"^本(?:办法|细则|规定|措施)由[^。]{2,40}?(?:负责)?(?:组织)?实施")


def _general(text: str, match: bool = False) -> bool:
    """A purpose, scope or closing article (为…制定本办法, 本办法所称…, 负责解释), not one naming its implementer."""
    hit = _GENERAL_ARTICLE.match(text) if match else _GENERAL_ARTICLE.search(text)
    duty = hit and hit.group(0).startswith("以下简称") and _DUTY_OPENING.match(text)  # X局是…主管部门,职责如下:…(以下简称)
    pays = hit and hit.group(0).startswith("以下简称") and re.search(r"给予[^。]{0,12}?\d+(?:\.\d+)?万?元", text)  # …(以下简称X项目)
    return bool(hit) and not _IMPLEMENTER.match(text) and not duty and not pays
_PAGE_FIELD = re.compile(r"^\\?\[\s*[\u4e00-\u9fff]{2,6}\s*\\?\]\s*[^。\s][^。]{0,80}$")
# an article that assigns duties to named units: X负责…, X是…主管部门, X按照职责
_DUTY_ARTICLE = re.compile(r"(?:局|委|厅|办|部|部门|单位|办事处|政府|中心|机构|公司)(?:[(][^()]{2,20}[)])?(?:是|为|负责|按照(?:各自)?职责|会同|牵头|应当|应(?!用|急)"
                           r"|统一(?:部署|领导|管理|协调)|组织实施)")
_RESP_TAIL = re.compile(r"[(](?:[^()]*(?:单位|部门)\s*:)?[^()]{2,}(?:局|委|办|厅|部|政府|管委会|中心|行|会|司)[^()]*[)]\s*[。;]?"
                        r"(?:(?:具体|主要)措施\s*:)?$")  # …(X牵头…负责)具体措施: a task whose measures follow
_SUPPORT_TITLE = re.compile(r"(?:扶持|支持|奖励|补贴|资助)(?:内容|标准|措施)")  # 扶持内容及申请条件: the supports themselves
_LEAD_SENTENCE = re.compile(r"^[^,。;:]{2,24}。")

@dataclass
class _Node:
    head: Heading
    line: int
    end_line: int = 0
    children: list["_Node"] = field(default_factory=list)
    paragraphs: list[Line] = field(default_factory=list)
    path: tuple[str, ...] = ()
    section: str = ""  # the titles of the headings above


def _tree(lines: list[Line], start: int, stop: int) -> list[_Node]:
    """The heading nodes of ``lines[start:stop]`` as a forest."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    nodes: list[_Node] = []
    duty = duty_articles(lines, start, stop)
    for i in range(start, stop):
        h = parse_heading(lines[i].text, lines[i].start)
        if h is not None and h.level >= 2 and h.level != LEVEL_ARTICLE and stack and stack[-1].head.level >= LEVEL_ARTICLE:
            article = next(n for n in reversed(stack) if n.head.level == LEVEL_ARTICLE)
            # (一), 1. inside an article enumerate its content: the article stays one measure, unless
            # each item gives a unit its duties (then the items nest under the article)
            h = replace(h, level=LEVEL_ARTICLE + h.level) if article.line in duty else None
        if h is None:
            if nodes:
                nodes[-1].paragraphs.append(lines[i])
            continue
        node = _Node(h, i)
        while stack and stack[-1].head.level >= h.level:
            stack.pop()
        node.path = (stack[-1].path if stack else ()) + (h.label,)
        node.section = f"{stack[-1].section} {stack[-1].head.title}".strip() if stack else ""
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        nodes.append(node)
    open_nodes: list[_Node] = []  # a node ends where the next node of its level or above begins
    for node in nodes:
        while open_nodes and open_nodes[-1].head.level >= node.head.level:
            open_nodes.pop().end_line = node.line
        open_nodes.append(node)
    for node in open_nodes:
        node.end_line = stop
    return roots


# the title of a second text a notice issues: a short line without a sentence, ending in its kind (and years)
_NEXT_DOC = re.compile(r"^[^。,;:]{6,60}(?:方案|计划|办法|措施|意见|细则|规定|政策)(?:[(][^()]{2,16}[)])?(?:$|(?=为了?|根据|按照))")


_UNIT_LABEL = re.compile(r"(?:牵头|责任|配合)(?:考核|落实)?(?:单位|部门)\s*:")
_LEADS_GROUP = re.compile(r"^[一二三四五六七八九十]+、[^,。]{2,12}组。由[^,。]{2,30}牵头")  # 附件2 一、污染处置组。由X牵头,Y…参加


def _cut(lines: list[Line], start: int) -> int:
    """Where the operative text ends: validity, interpretation or attachment lines (本办法所称… and
    本规定适用于… define terms inside an article and end nothing)."""
    headed = False  # whether a numbered heading came before: the body has begun
    for i in range(start, len(lines)):
        t = lines[i].text
        if CLOSING.match(t) and parse_heading(t, 0) is None:
            if not headed and t.startswith("附件") and any(parse_heading(x.text, 0) for x in lines[i + 1:]):
                continue  # a cover notice's 附件:…方案 line: the annexed plan it issues follows, with its headings
            if any(_NEXT_DOC.search(x.text) and any(parse_heading(y.text, 0) for y in lines[j + 1:j + 12])
                   for j, x in enumerate(lines[i + 1:i + 3], i + 1)):
                continue  # 本政策自…执行 / 安徽省…行动计划(2021-2023年) / 一、…: the notice issues a second text
            if t.startswith("附件") and sum(bool(_UNIT_LABEL.search(x.text) or _LEADS_GROUP.search(x.text)) for x in lines[i + 1:]) >= 3:
                continue  # 附件 考评指标: 1.…(牵头考核单位:市审批服务局): the annex's items carry the tasks and their units
            return i
        h = parse_heading(t, 0)
        if h is not None and h.level < LEVEL_ARTICLE and CLOSING.match(h.title) and re.match(r"本\S{0,6}自", h.title):
            return i  # 七、本通知自2024年3月4日起施行: a numbered closing clause; what follows is its annexes
        headed = headed or h is not None
    return len(lines)


def _is_task_paragraph(p: Line) -> bool:
    return bool(_LEAD_SENTENCE.match(p.text)) or bool(_RESP_TAIL.search(p.text))


_PROCEDURE = re.compile(r"(?:申报|申请|审核|兑现)(?:程序|流程)")


def _text_under(node: _Node, lines: list[Line]) -> str:
    """The text of a heading's line, its paragraphs and its children's, joined."""
    return "".join([lines[node.line].text, *(p.text for p in node.paragraphs), *(_text_under(c, lines) for c in node.children)])


def _collect(node: _Node, lines: list[Line], out: list[tuple[_Node, Line | None, int]]) -> None:
    """Append (node, paragraph or None, paragraph index) for every measure under ``node``."""
    h = node.head
    if len(h.title) <= 14 and NON_MEASURE_TITLE.search(h.title) and not _SUPPORT_TITLE.search(h.title):
        if h.level < LEVEL_ARTICLE and _GENERAL_CHAPTER.search(h.title):
            # 第一章 总则: its purpose and scope articles are not measures, its duty articles are
            # (第三条 市人力资源社会保障局是…主管部门,负责本办法组织实施)
            for c in node.children:
                body = "".join([lines[c.line].text[len(c.head.label):], *(p.text for p in c.paragraphs)])
                if c.head.level == LEVEL_ARTICLE and _DUTY_ARTICLE.search(body) and not _general(
                        re.sub(r"^\s*[(][^()]{1,20}[)]", "", body.lstrip()), match=True):
                    out.append((c, None, 0))
        elif h.level == LEVEL_ARTICLE and _PROCEDURE.search(h.title) and _DUTY_ARTICLE.search(_text_under(node, lines)):
            out.append((node, None, 0))  # 第七条 奖励申报流程如下:(二)审核。X负责初审…: the procedure gives units their duties
        return
    if h.level >= 3:
        if h.level == LEVEL_ARTICLE and _general(lines[node.line].text[len(h.label):].lstrip()):
            return
        if h.level < LEVEL_ARTICLE and _PAGE_FIELD.match(lines[node.line].text[len(h.label):].lstrip(" .、")):
            return  # 1. [主题分类] 城乡建设: a numbered field of the page's metadata, not a measure
        if h.level < LEVEL_ARTICLE and not node.children and _NEXT_DOC.match(lines[node.line].text[len(h.label):].lstrip(" .、")) \
                and _NEXT_DOC.fullmatch(h.title):
            return  # 附件:1、X工作方案 2、Y工作方案: the cover's list of the texts it issues
        if h.level == LEVEL_ARTICLE and node.children:  # a duty article: its items are the measures
            out.extend((c, None, 0) for c in node.children)
            return
        if node.children and all(_RESP_TAIL.search(lines[n.line].text) for n in (node, *node.children)):
            out.append((node, None, -1))  # 1.…(X牵头) 主要措施:(1)…(Y负责): the item alone, then each sub-item
            out.extend((c, None, 0) for c in node.children)
            return
        out.append((node, None, 0))
        return
    if node.children and names_a_unit(h.title):
        out.append((node, None, 0))  # (一)区绿化市容局 / 1.各街道办事处职责: one unit's duties are one measure
        return
    if node.children and _closed_by_bracket(node, lines):
        out.append((node, None, 0))  # 二、…(一)…(二)…\n(责任部门:X): the bracket closes the section, which is one measure
        return
    if node.children:
        if all(_RESP_TAIL.search(lines[n.line].text) for n in (node, *node.children)):
            out.append((node, None, -1))  # (一)…(X牵头…负责)具体措施:1.…(X负责): the task assigns, so does each measure
        for child in node.children:
            _collect(child, lines, out)
        return
    paras = node.paragraphs
    if not h.inline and not paras and not lines[node.line].text.endswith("。"):
        return  # a bare heading with nothing under it
    if _general(lines[node.line].text[len(h.label):].split("。")[0]):
        return  # (八)本文件相关规定由县住建局负责解释: a closing clause numbered as an item
    tasks = None if h.inline else labelled_paragraphs(paras)  # …。\n责任单位:X\n…。\n责任单位:Y: a task per unit line
    if tasks:
        out.extend((node, p, k) for k, p in enumerate(tasks, 1))
        return
    if not h.inline and len(paras) >= 2 and sum(map(_is_task_paragraph, paras)) * 2 > len(paras):
        for k, p in enumerate(paras, 1):
            out.append((node, p, k))
        return
    out.append((node, None, 0))


_LONE_BRACKET = re.compile(r"^\s*[(][^()]{0,12}(?:单位|部门)\s*:[^()]{2,}[)]\s*$")


def _closed_by_bracket(node: _Node, lines: list[Line]) -> bool:
    """Whether a section's items carry no unit of their own and one bracket line after the last closes them all, or
    the last item is the section's unit label ((一)适用范围…(二)办理流程…(三)责任单位及承办科室:X)."""
    last = node.children[-1]
    if last.children:
        return False
    if node.head.level < 3 and _UNIT_ITEM.match(lines[last.line].text) and len(node.children) >= 2:
        return not any(_UNIT_ITEM.match(lines[c.line].text) or _RESP_TAIL.search(lines[c.line].text)
                       for c in node.children[:-1])
    if not last.paragraphs or not _LONE_BRACKET.match(last.paragraphs[-1].text):
        return False
    inner = [lines[c.line] for c in node.children] + [p for c in node.children for p in c.paragraphs][:-1]
    return not any(_RESP_TAIL.search(x.text) or _LONE_BRACKET.match(x.text) for x in inner)


_UNIT_ITEM = re.compile(r"^\s*[(][一二三四五六七八九十]{1,2}[)]\s*(?:责任|牵头|承办|主办)(?:单位|部门)[^:。]{0,8}:")


def _plan_measures(ctx: DocContext) -> list[MeasureSpan]:
    lines = split_flat(split_paragraphs(lines_of(ctx.text), ctx.nt.original, ctx.nt.index))
    begin = header_end(lines)
    stop = _cut(lines, begin)
    roots = _tree(lines, begin, stop)
    picked: list[tuple[_Node, Line | None, int]] = []
    for root in roots:
        _collect(root, lines, picked)
    if not picked:
        return []
    items = [n.head.number for n, p, _ in picked if p is None and n.head.level == 3 and "." not in n.head.label]
    continuous = len(items) >= 2 and items == list(range(items[0], items[0] + len(items))) and items[0] == 1
    out: list[MeasureSpan] = []
    for k, (node, para, idx) in enumerate(picked):
        h = node.head
        if para is not None:
            mid = ".".join(node.path + (str(idx),))
            title = short_title(para.text)
            start, end = para.start, para.end
            path = node.path + (str(idx),)
        else:
            if h.level == LEVEL_ARTICLE:
                mid = h.label
            elif h.level > LEVEL_ARTICLE:  # an item of a duty article: 第六条.(一)
                mid = ".".join(node.path[next(k for k, x in enumerate(node.path) if x.endswith("条")):])
            elif continuous and (h.level == 3 or h.level == 4 and len(node.path) >= 2):
                mid = str(h.number) if h.level == 3 else ".".join(node.path[-2:])  # 1, then its sub-items 1.(1)
            else:  # 3.2.1: a decimal heading is its own path
                mid = h.label if "." in h.label else ".".join(node.path)
            title = short_title(h.title) if h.title else short_title(lines[node.line].text[len(h.label):])
            end_line = node.children[0].line if idx == -1 else node.end_line
            if k == len(picked) - 1:
                end_line = _trim_trailer(node, picked, end_line)
            start, end = h.start, lines[end_line - 1].end
            path = node.path
        out.append(MeasureSpan(mid, title, start, max(end, start), path, "plan", section=node.section))
    return out


def _trim_trailer(node: _Node, picked: list[tuple[_Node, Line | None, int]], end_line: int) -> int:
    """The last measure keeps no more paragraphs than its siblings: text after it is page chrome."""
    sibs = [n for n, p, _ in picked if p is None and n is not node and n.head.level == node.head.level
            and n.path[:-1] == node.path[:-1]]
    if not sibs or node.children:
        return end_line
    most = max(len(s.paragraphs) for s in sibs)
    most = max([most] + [j + 1 for j, p in enumerate(node.paragraphs) if parse_heading(p.text, p.start)])  # its items 1.…2.…
    return node.line + most + 1 if len(node.paragraphs) > most else end_line


# a record that holds one funding clause and nothing numbered: 给予为期五年每人每年40万元的购房补贴,一次性安家补助60万元
_SUPPORT_SUM = re.compile(r"(?:给予|补贴|补助|奖励|资助|津贴|发放)[^。;\n]{0,30}?\d+(?:\.\d+)?\s*(?:万元|亿元|元)"
                          r"|\d+(?:\.\d+)?\s*(?:万元|亿元|元)[^。;\n]{0,6}?(?:补贴|补助|奖励|资助|津贴)")


def _one_clause(ctx: DocContext) -> list[MeasureSpan]:
    """The body of a text that numbers nothing but pays a sum: one measure, from its first line after the head."""
    lines = lines_of(ctx.text)
    head = header_end(lines)
    body = [ln for ln in lines[head if head < len(lines) else 1:] if _SUPPORT_SUM.search(ln.text)]  # all head: a record
    if not body:
        return []
    first, last = body[0], body[-1]
    return [MeasureSpan("1", short_title(first.text), first.start, last.end, ("1",), "plan")]


def extract_measures(ctx: DocContext, meta) -> list[MeasureSpan]:  # noqa: ANN001 - Metadata
    """The measures of a document, in reading order.

    Parameters
    ----------
    ctx : DocContext
        The document.
    meta : Metadata or None
        Its metadata; a ``proposal_reply`` is segmented clause by clause.

    Returns
    -------
    list of MeasureSpan
        Disjoint spans in ``ctx.text``, each covering its measure's funding clauses.
    """
    if meta is not None and getattr(meta, "doc_type", "") == "proposal_reply":
        return reply_measures(ctx)
    out = _plan_measures(ctx)
    if not out:  # paragraphs that each end with their units' bracket, else prose read the way a reply's is
        out = paragraph_tasks(ctx) or reply_measures(ctx, genre="plan")
    if not out:
        out = _one_clause(ctx)
    rows = document_rows(ctx.nt)
    if rows:
        out = with_table_rows(out, rows, ctx.text)
    out = without_closing(distinct_ids(split_tasks(out, ctx.text), ctx.text), ctx.text)
    log.debug("%s: %d measures", ctx.doc_id, len(out))
    return out
