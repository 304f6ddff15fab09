"""Task tables (任务分工表): one row per task, with its lead and co-responsible units.

Plans often give responsibility in a table, in the body or an annex, rather than
beside each item.  Two shapes reach the loaders:

* tab rows: a header line whose cells are column labels (``序号⇥任务⇥牵头单位⇥配合单位``)
  and one line per row below it (HTML and Markdown tables are read this way, see
  :mod:`policykg.loaders.reading.html_text`); a row with fewer cells than the header lost its
  leading cells to a merged (rowspan) cell, so its cells align from the right;
* one cell per line (a table flattened by a converter): a run of short header lines
  (labels may be split, ``牵头`` / ``部门``), then each row's text cells followed by
  its unit cells.

Each row keeps the offsets of its unit cells and the role of their column
(牵头/主责 → ``lead``, 配合/协同/参与 → ``co``, 责任单位/实施主体 → ``list``).

Examples
--------
>>> from policykg.loaders.structure.metadata import lines_of
>>> text = "附件\\n序号\\t任务\\t牵头单位\\t配合单位\\n1\\t建设创新平台\\t市科技局\\t市财政局、市工信局"
>>> [(r.serial, r.title, [(text[a:b], role) for a, b, role in r.units]) for r in task_rows(lines_of(text))]
[('1', '建设创新平台', [('市科技局', 'lead'), ('市财政局、市工信局', 'co')])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from policykg.loaders.gazetteers.agencies import is_agency
from policykg.loaders.normalize import NormText, normalize
from policykg.loaders.structure.metadata import Line, lines_of

__all__ = ["TableRow", "task_rows", "document_rows", "is_unit_cell", "cell_key"]

_RESP = r"(?:牵头|责任|主责|配合|协同|参与|协办|主办|承办|实施|落实|协助)"
# 负责考核部门, 责任考核单位: the unit column of an assessment table (考核细则)
_RESP_LABEL = re.compile(rf"^{_RESP}(?:单位|部门|主体|处室|领导)?$|^(?:单位|部门)$|^(?:负责|责任)(?:考核|评分|评价|督查)(?:单位|部门)$")
_COLUMN = re.compile(
    rf"^(?:序号|编号|任务|分类|类别|领域|板块|方向|主要方向|[^。]{{0,8}}(?:任务|工作|措施|举措|内容|目标|事项|项目|名称|计划|要求|成果|指标)"
    rf"|[^。]{{0,8}}(?:时限|时间|节点|进度|期限|安排)|备注|{_RESP}(?:单位|部门|主体|处室|领导)?|单位|部门|主体|处室"
    r"|[^。]{0,6}(?:分值|分数|权重|得分|评分标准|考核方式|考核标准)|(?:负责|责任)(?:考核|评分|评价|督查)(?:单位|部门)"
    rf"|[^。]{{1,8}}内{_RESP}(?:单位|部门|处室|科室))"  # 市卫健委内牵头处室: divisions inside one unit, not units
    r"(?:\([^()]{0,12}\))?$"
)
_LEAD_COL = re.compile(r"^(?:牵头|主责|主办)")
_LIST_COL = re.compile(r"^(?:责任|实施|落实|承办)")
_SERIAL = re.compile(r"^\d{1,3}\.?$")
_SERIAL_LABEL = re.compile(r"^(?:序号|编号)$")
_ITEM_CELL = re.compile(r"^(\d{1,2})[.、](?!\d)\s*[^。,;:\s][^。,;:]{1,18}$")  # 1.做好规划配套: a numbered item's title cell
_TIME = re.compile(r"^(?:\d{4}(?:年|-|—|～|~)|长期|持续|常态|每年|每季|每月|按年度|年内|立即|全年)[^。,;]{0,16}$")
_UNIT_END = re.compile(
    r"(?:处|中心|集团|公司|单位|部门|委员会|政府|管委会|街道|街镇|乡镇|镇|办事处|分局|支队|大队|水文站|监测站|管理站|管理所)(?:\([^()]{1,12}\))?$"
)
_NUMBERING = re.compile(r"^(?:\(?[一二三四五六七八九十百\d]{1,4}[)、.]|[一二三四五六七八九十\d]{1,3}\s)\s*")
_ANNEX = re.compile(r"^附件\s*(\d{1,2})?")
_TRAILER = re.compile(r"^(?:抄送|主送|分送|印发|公开属性|信息公开)")
_SPLIT = re.compile(r"[、,;]|(?<=[局委办厅处府心司])(?:和|及)|(?<=[局委办厅处府心司部站])\s+(?=\S)")


@dataclass(frozen=True)
class TableRow:
    """A row of a task table: its serial number, title, text span and unit cells.

    ``units`` holds ``(start, end, role)`` spans of unit cells in the text, ``role``
    being ``lead``, ``co`` or ``list`` (the first unit leads only where the document
    says so).  ``key`` lists the row's text cells without their numbering, to find
    the body measure a row stands for; ``continues`` marks a row that lost its serial and
    task cells to the merged cells of the row above (it belongs to the same task).
    """

    serial: str | None
    title: str
    start: int
    end: int
    units: tuple[tuple[int, int, str], ...]
    key: tuple[str, ...]
    table: str
    continues: bool = False  # a row whose leading cells are the row above's, merged (rowspan): same task


def cell_key(text: str) -> str:
    """A cell's text without its numbering and closing punctuation.

    >>> cell_key("(3)完成慢行交通专项提升项目300项。"), cell_key("1、改善城市道路环境")
    ('完成慢行交通专项提升项目300项', '改善城市道路环境')
    """
    return _NUMBERING.sub("", text.strip()).strip(" 。;,")


def is_unit_cell(text: str) -> bool:
    """Whether a table cell lists responsible units (and nothing else).

    >>> [is_unit_cell(t) for t in ("区委组织部(区公务员局)", "各行业主管部门、各区", "设施养护处", "召开动员大会", "2019年3月")]
    [True, True, True, False, False]
    """
    t = text.strip()
    if not t or len(t) > 80 or re.search(r"[。:;!?]|\d{4}年", t):
        return False
    parts = [p.strip() for p in _SPLIT.split(t) if p.strip()]
    return bool(parts) and all(_unit_like(p) for p in parts)


def _unit_like(part: str) -> bool:
    if len(part) > 30:
        return False
    if part.startswith("各") and len(part) <= 16:
        return True
    bare = re.sub(r"\([^()]*\)$", "", part)
    return is_agency(bare) or bool(_UNIT_END.search(part)) or bool(re.search(r"(?:局|委|办|厅)$", bare))


def _role(label: str) -> str:
    if _LEAD_COL.match(label):
        return "lead"
    if _LIST_COL.match(label):
        return "list"
    return "co"


def _tab_header(text: str) -> list[str] | None:
    cells = [c.strip() for c in text.split("\t")]
    if len(cells) < 3 or not all(cells) or not all(len(c) <= 20 and _COLUMN.match(c) for c in cells):
        return None
    return cells if any(_RESP_LABEL.match(c) for c in cells) else None


def _vertical_header(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The column labels of a one-cell-per-line header starting at ``lines[i]`` and the index after it."""
    labels: list[str] = []
    j = i
    while j < len(lines) and len(lines[j].text.strip()) <= 20 and _COLUMN.match(lines[j].text.strip()):
        t = lines[j].text.strip()
        if labels and t in ("单位", "部门", "主体", "处室", "领导") and re.fullmatch(_RESP, labels[-1]):
            labels[-1] += t  # 牵头 / 部门: a label broken over two lines
        else:
            labels.append(t)
        j += 1
    if len(labels) < 3 or not any(_RESP_LABEL.match(x) for x in labels):
        return None
    return labels, j


def _annex_label(lines: list[Line], i: int) -> str:
    for k in range(i - 1, max(-1, i - 8), -1):
        m = _ANNEX.match(lines[k].text.strip())
        if m:
            return f"附件{m.group(1) or ''}"
    return "表"


def _title(cells: list[tuple[str, Line]]) -> str:
    """The row's name: its 名称/任务/事项 cell, else its first text cell."""
    keys = [(lab, cell_key(ln.text)) for lab, ln in cells]
    named = [k for lab, k in keys if k and re.search(r"名称|任务|方向|事项|项目", lab) and not re.search(r"内容|要求|目标|分类", lab)]
    plain = [k for _, k in keys if len(k) >= 2]
    return (named or plain or [""])[0][:40]


def _tab_rows(lines: list[Line], i: int, labels: list[str], table: str) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    j = i
    while j < len(lines):
        ln = lines[j]
        if not ln.text.strip():
            j += 1
            continue
        if "\t" not in ln.text and _rows_go_on(lines, j):
            j += 1  # a section row ((一)实施设备更新行动) whose empty cells were dropped: the table goes on
            continue
        if "\t" not in ln.text or _tab_header(ln.text):
            break
        cells: list[tuple[str, Line]] = []
        pos = ln.start
        raw = ln.text.split("\t")
        offset = len(labels) - len(raw) if len(raw) <= len(labels) else 0
        for k, c in enumerate(raw):
            lab = labels[k + offset] if k + offset < len(labels) else ""
            lead = len(c) - len(c.lstrip())
            cells.append((lab, Line(c.strip(), pos + lead, pos + lead + len(c.strip()))))
            pos += len(c) + 1
        units = tuple((c.start, c.end, _role(lab)) for lab, c in cells
                      if _RESP_LABEL.match(lab) and c.text and is_unit_cell(c.text))
        text_cells = [(lab, c) for lab, c in cells if c.text and not _RESP_LABEL.match(lab)
                      and not _SERIAL.match(c.text) and not _TIME.match(c.text)]
        serial = next((c.text.rstrip(".") for lab, c in cells if _SERIAL.match(c.text)), None)
        continues = bool(rows) and offset > 0 and serial is None and any(_SERIAL_LABEL.match(x) for x in labels[:offset])
        rows.append(TableRow(serial, _title(text_cells), ln.start, ln.end, units,
                             tuple(cell_key(c.text) for _, c in text_cells), table, continues))
        j += 1
    return rows, j


def _rows_go_on(lines: list[Line], j: int) -> bool:
    """Whether a line without cells sits inside a table: short, and the next line is one of its rows."""
    for k in range(j, min(len(lines), j + 4)):  # (a wrapped cell and a section row may come one after the other)
        if "\t" in lines[k].text:
            return k > j and not _tab_header(lines[k].text)
        if len(lines[k].text) > 200:
            return False
    return False


def _vertical_rows(lines: list[Line], i: int, labels: list[str], table: str) -> tuple[list[TableRow], int]:
    """Rows of a flattened table: text cells, then unit cells; a text or serial cell after units opens a row."""
    unit_roles = [_role(x) for x in labels if _RESP_LABEL.match(x)] or ["list"]
    text_labels = [x for x in labels if not _RESP_LABEL.match(x) and x not in ("序号", "编号") and not _TIME.match(x)
                   and not re.search(r"时限|时间|节点|进度|期限|备注", x)]
    rows: list[TableRow] = []
    texts: list[Line] = []
    units: list[Line] = []
    serial: str | None = None
    start = lines[i].start if i < len(lines) else 0
    numbered = False  # whether the table numbers its items in a text cell (1.做好规划配套)

    def close(end: int) -> None:
        nonlocal texts, units, serial, start, numbered
        if units and texts:
            # the first unit cell has its column's role; a later one is co-responsible (only one column leads)
            roles = [unit_roles[0]] + ["co"] * (len(units) - 1)
            cells = [(text_labels[k] if k < len(text_labels) else "", ln) for k, ln in enumerate(texts)]
            cell, item = next(((t, m) for t in texts if (m := _ITEM_CELL.match(t.text.strip()))), (None, None))
            if cell is not None:  # the item cell names the row, whichever column the row's cells fell into
                cells = [("项目", cell)]
            numbered = numbered or item is not None
            # a row with tasks but no item cell, under a numbered item: a further task of that item (rowspan)
            continues = bool(rows) and numbered and item is None and serial is None
            rows.append(TableRow(serial or (item.group(1) if item else None), _title(cells), start, end,
                                 tuple((u.start, u.end, r) for u, r in zip(units, roles)),
                                 tuple(cell_key(t.text) for t in texts), table, continues))
        texts, units, serial = [], [], None

    j = i
    while j < len(lines):
        ln = lines[j]
        t = ln.text.strip()
        if not t:
            j += 1
            continue
        if _ANNEX.match(t) or _TRAILER.match(t) or _vertical_header(lines, j):
            break
        while t.endswith("、"):  # 区委编办、|各街道: a unit cell wrapped after its separator
            k = next((x for x in range(j + 1, len(lines)) if lines[x].text.strip()), None)
            if k is None:
                break
            ln = Line(t + lines[k].text.strip(), ln.start, lines[k].end)
            t, j = ln.text, k
        if texts and not units and _wrapped_title(texts[-1].text.strip(), t):  # 5.实化运行消防|安全委员会
            texts[-1] = Line(texts[-1].text.strip() + t, texts[-1].start, ln.end)
            j += 1
            continue
        if _SERIAL.match(t):
            if units or texts:
                close(lines[j - 1].end)
            serial, start = t.rstrip("."), ln.start
        elif _TIME.match(t):
            pass
        elif is_unit_cell(t):
            units.append(ln)
        else:
            if units:
                close(lines[j - 1].end)
                start = ln.start
            if not texts and serial is None:
                start = ln.start
            texts.append(ln)
        j += 1
    close(lines[j - 1].end if j else 0)
    return rows, j


def _wrapped_title(item: str, t: str) -> bool:
    """Whether ``t`` is the rest of an item cell wrapped over two lines (5.实化运行消防 | 安全委员会).

    Only a short title with its number and no sentence wraps so; a unit cell after it begins with
    its tier (市, 区, 各), a task sentence is longer.
    """
    return (bool(_ITEM_CELL.match(item)) and len(item) <= 14 and not re.search(r"[。;,]", item)
            and len(t) <= 8 and not re.search(r"[。;,、]", t) and not re.match(r"[省市区县镇各]", t))


def task_rows(lines: list[Line]) -> list[TableRow]:
    """Every row of every task table in a document's lines, in reading order.

    A table counts only when its header names a responsibility column (牵头, 责任,
    配合 …); rows without units (the merged cells of a task that spans several rows)
    are left out.
    """
    out: list[TableRow] = []
    i = 0
    while i < len(lines):
        t = lines[i].text
        labels = _tab_header(t) if "\t" in t else None
        if labels:
            rows, i = _tab_rows(lines, i + 1, labels, _annex_label(lines, i))
        else:
            found = _vertical_header(lines, i) if len(t.strip()) <= 20 else None
            if not found:
                i += 1
                continue
            labels, after = found
            rows, i = _vertical_rows(lines, after, labels, _annex_label(lines, i))
        out.extend(r for r in rows if r.units)
    return out


def document_rows(nt: NormText) -> list[TableRow]:
    """The task-table rows of a normalised document, in offsets of ``nt.text``.

    Tables are read from the text with its line breaks as written: the joining of
    paragraphs that a page break cut (see :func:`~policykg.loaders.normalize.normalize`)
    would glue a flattened table's short cells together.
    """
    raw = normalize(nt.original, join_breaks=False)
    rows = task_rows(lines_of(raw.text))
    if not rows or raw.text == nt.text:
        return rows
    where = {o: k for k, o in enumerate(nt.index)}

    def at(k: int, end: bool = False) -> int:
        o = raw.index[k - 1] if end else raw.index[k]
        pos = where.get(o)
        return (pos + 1 if end else pos) if pos is not None else -1

    out = []
    for r in rows:
        units = tuple((at(a), at(b, True), role) for a, b, role in r.units if b > a)
        units = tuple(u for u in units if 0 <= u[0] < u[1])
        start, end = at(r.start), at(r.end, True) if r.end > r.start else at(r.start)
        if units and 0 <= start <= end:
            out.append(replace(r, start=start, end=end, units=units))
    return out
