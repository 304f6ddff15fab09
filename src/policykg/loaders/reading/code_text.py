"""A document kept as data inside program source (a web page's React/Vue/JS file).

Sites built from a repository often hold a policy as records in a script:
``{ id: "1", title: "实施关键核心技术攻关", content: "…", departments: "省工业和信息化厅牵头" }``
nested in sections, beside markup whose text nodes carry the page title.  :func:`from_code`
recognises such a source by its syntax and writes the document the way the genre prints it:
the page's text nodes, then each record as a numbered heading (一、 / (一) / 1. by nesting
depth), its body, and its unit field as the closing ``(责任单位:…)`` parenthesis.

>>> src = 'const tasks = [{ id: 1, title: "推进产业协同创新", content: "完善制造业协同创新体系。",\\n'
>>> src += '  departments: "省工业和信息化厅牵头" }];\\nexport default function Page() { return <h1>工作要点</h1>; }'
>>> [ln for ln in from_code(src).splitlines() if ln]
['工作要点', '一、推进产业协同创新', '完善制造业协同创新体系。(省工业和信息化厅牵头)']
"""
from __future__ import annotations

import re

__all__ = ["from_code", "object_records"]

_SYNTAX = re.compile(r"^\s*(?:import\s.+\sfrom\s|export\s+(?:default\s+)?(?:function|const|class)\b|const\s+\w+\s*=|"
                     r"function\s+\w+\s*\(|module\.exports\s*=|var\s+\w+\s*=|let\s+\w+\s*=)", re.M)
_STRING = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`"
_PAIR = re.compile(rf"(?P<key>[A-Za-z_$][\w$]*|\"[^\"\n]{{1,30}}\"|'[^'\n]{{1,30}}')\s*:\s*(?P<val>{_STRING})")
_ANY_STRING = re.compile(_STRING)
_JSX_TEXT = re.compile(r">([^<>{}]*[\u4e00-\u9fff][^<>{}]*)<")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE = re.compile(r"^(?:title|name|heading|label|subject|标题|名称|任务)$", re.I)
_UNIT = re.compile(r"^(?:departments?|depts?|units?|responsible|lead|leads|owners?|org|orgs|organi[sz]ations?|agency|"
                   r"agencies|责任单位|牵头单位|责任部门|牵头部门)$", re.I)
_ROLE_WORD = re.compile(r"牵头|负责|配合|参与|落实|责任单位|按职责")
_ESC = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[nrt\"'`\\/])")
_POLICY_END = re.compile(r"(?:通知|意见|方案|措施|政策|计划|答复|办法|规定|细则|决定|规划|要点|纲要)$")
_MARKS = ("{}、", "({})", "{}.")
_NUMERALS = "一二三四五六七八九十"


def _unescape(s: str) -> str:
    simple = {"n": "\n", "r": "", "t": "\t", '"': '"', "'": "'", "`": "`", "\\": "\\", "/": "/"}
    return _ESC.sub(lambda m: chr(int(m.group(0)[2:], 16)) if m.group(0)[1] == "u" else simple[m.group(0)[1]], s)


def _cn(n: int) -> str:
    if n <= 10:
        return _NUMERALS[n - 1]
    return ("" if n < 20 else _NUMERALS[n // 10 - 1]) + "十" + (_NUMERALS[n % 10 - 1] if n % 10 else "")


def _owners(text: str) -> tuple[list[int], list[int]]:
    """Bracket depth and the innermost open bracket at every offset (strings are not scanned)."""
    depth, owner = [0] * (len(text) + 1), [-1] * (len(text) + 1)
    stack: list[int] = []
    strings = iter(_ANY_STRING.finditer(text))
    nxt = next(strings, None)
    k = 0
    while k < len(text):
        if nxt is not None and k == nxt.start():
            for j in range(nxt.start(), nxt.end()):
                depth[j], owner[j] = len(stack), stack[-1] if stack else -1
            k = nxt.end()
            nxt = next(strings, None)
            while nxt is not None and nxt.start() < k:
                nxt = next(strings, None)
            continue
        ch = text[k]
        if ch in "{[":
            stack.append(k)
        elif ch in "}]" and stack:
            stack.pop()
        depth[k], owner[k] = len(stack), stack[-1] if stack else -1
        k += 1
    return depth, owner


_DATE_KEY = re.compile(r"date|time|number|num$|no$", re.I)


def _records(text: str) -> list[dict]:
    """The CJK-valued ``key: "string"`` pairs grouped by the object literal holding them."""
    depth, owner = _owners(text)
    records: list[dict] = []
    by_owner: dict[int, dict] = {}
    for m in _PAIR.finditer(text):
        value = _unescape(m.group("val")[1:-1]).strip()
        key = m.group("key").strip("\"'")
        if not _CJK.search(value) and not (_DATE_KEY.search(key) and re.search(r"\d", value)):
            continue
        o = owner[m.start()]
        if o in by_owner:
            by_owner[o]["fields"].append((key, value))
        else:
            by_owner[o] = {"depth": depth[m.start()], "fields": [(key, value)]}
            records.append(by_owner[o])
    return records


def object_records(text: str) -> list[list[tuple[str, str]]]:
    """The ``(key, string)`` fields of each object literal in ``text`` that holds Chinese text."""
    return [r["fields"] for r in _records(text)]


def _record_lines(rec: dict, mark: str) -> list[str]:
    title = next((v for k, v in rec["fields"] if _TITLE.match(k)), None)
    units = [v for k, v in rec["fields"] if _UNIT.match(k)]
    body = [v for k, v in rec["fields"] if v is not title and v not in units]
    lines = [mark + title] if title else []
    if units:
        unit = "、".join(units)
        note = f"({unit})" if _ROLE_WORD.search(unit) else f"(责任单位:{unit})"
        if body:
            body[-1] = body[-1].rstrip() + note
        else:
            lines.append(note)
    return lines + body


def from_code(text: str) -> str | None:
    """The document held in program source ``text``, or ``None`` when ``text`` is not program source."""
    if len(_SYNTAX.findall(text)) < 2:
        return None
    records = _records(text)
    titled = sorted({r["depth"] for r in records if any(_TITLE.match(k) for k, _ in r["fields"])})
    if not titled:
        return None
    level = {d: min(k, len(_MARKS) - 1) for k, d in enumerate(titled)}
    counters = [0] * len(_MARKS)
    out = [_unescape(m.group(1)).strip() for m in _JSX_TEXT.finditer(text)]
    out = [x for ln in out if ln for x in (ln, "")]  # each text node is a paragraph of its own
    title = next((ln for ln in out if 6 <= len(ln) <= 60 and _POLICY_END.search(ln)), None)
    if title:  # the page's heading, not its navigation, is the document's title
        out[:0] = [title, ""]
    out.append("")
    for rec in records:
        lv = level.get(rec["depth"])
        mark = ""
        if lv is not None and any(_TITLE.match(k) for k, _ in rec["fields"]):
            counters[lv] += 1
            counters[lv + 1:] = [0] * (len(counters) - lv - 1)
            n = counters[lv]
            mark = _MARKS[lv].format(_cn(n) if lv < 2 else n)
        out.extend(_record_lines(rec, mark))
    return "\n".join(out)
