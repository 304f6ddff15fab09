"""Documents inside data carriers: a JSON record, an SQL dump row, Markdown, escaped strings.

Policy texts are often found inside something else: a crawler's JSON record
(``{"title": …, "content": "<p>…</p>"}``), one ``INSERT INTO … VALUES (…)`` row
of a database dump, a Markdown file of a policy index, or a plain file that
still carries the string escapes of the program that wrote it (``\\n``,
``\\u4e00``).  :func:`unwrap` recognises each by its content and returns the
document's text: the record's title line first, then its body, with escapes
resolved.  Markup left inside (HTML in a JSON field) is for the caller to
strip.

>>> unwrap('{"title": "关于印发若干措施的通知", "content": "一、支持企业。\\\\n二、加强保障。"}')[0]
'关于印发若干措施的通知\\n一、支持企业。\\n二、加强保障。'
>>> unwrap("INSERT INTO `p` VALUES (1,'关于X的通知','第一条 总则\\\\n第二条 支持');")[0]
'关于X的通知\\n第一条 总则\\n第二条 支持'
>>> unwrap("# 标题\\n\\n**一、总体要求**\\n\\n| 任务 | 牵头单位 |\\n|---|---|\\n| 建设 | 市工信局 |")[0]
'标题\\n\\n一、总体要求\\n\\n任务\\t牵头单位\\n建设\\t市工信局'
"""
from __future__ import annotations

import csv
import html
import io
import json
import re

from policykg.loaders.reading.code_text import from_code, object_records

__all__ = ["unwrap", "unescape_string"]

_TITLE_KEYS = re.compile(r"^(?:title|name|doc_?title|article_?title|subject|标题|名称|文件名称|题目)$", re.I)
_META_KEYS = re.compile(r"(?:文号|发文字号|doc_?(?:no|num|number)|document_?(?:no|num|number)|wenhao|fwzh|发文机关|发布机构|publisher|issuer|"
                        r"source_?org|成文日期|发布日期|pub_?date|publish_?(?:date|time)|date)$", re.I)
_NUMBER_KEYS = re.compile(r"(?:文号|字号|doc_?(?:no|num|number)|document_?(?:no|num|number)|wenhao|fwzh)$", re.I)  # (年度通告): no 文号
_POLICY_END = re.compile(r"(?:通知|通报|通告|公告|批复|意见|方案|措施|政策|计划|答复|办法|规定|细则|决定|函|规划|要点|纲要)[)）]?$")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[nrt\"'\\/])")
_SQL_HEAD = re.compile(r"^\s*(?:--[^\n]*\n\s*)*(?:(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\b|\(\s*\d+\s*,\s*(?:\d+|'))", re.I)
_SQL_STRING = re.compile(r"'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.)*)\"", re.S)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+", re.M)
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_EMPH = re.compile(r"(\*\*|__)[ \t]*(?=\S)(.+?)(?<=\S)[ \t]*\1")  # ** 一、…**: a space inside the marks too
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)")


def unescape_string(s: str) -> str:
    r"""Resolve the backslash escapes a program leaves in a string (``\n``, ``\"``, ``\u4e00``).

    >>> unescape_string(r"第一条\n\u652f持")
    '第一条\n支持'
    """
    simple = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "'": "'", "\\": "\\", "/": "/"}

    def one(m: re.Match) -> str:
        body = m.group(0)[1:]
        return chr(int(body[1:], 16)) if body[0] == "u" else simple[body]

    return _ESCAPE.sub(one, s).replace("\r\n", "\n").replace("\r", "\n")


def _strings(value: object, key: str = "") -> list[tuple[str, str]]:
    """Every ``(key, string)`` of a JSON value, in document order."""
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [kv for k, v in value.items() for kv in _strings(v, str(k))]
    if isinstance(value, list):
        return [kv for v in value for kv in _strings(v, key)]
    return []


_FILE_NAME = re.compile(r"^([^/\\:\n]{4,80}?[\u4e00-\u9fff][^/\\:\n]*?)\.(?:md|txt|docx?|pdf|wps|html?)$", re.I)


def _record_text(fields: list[tuple[str, str]]) -> str | None:
    """The document of one record: its title (by key or by wording), metadata lines, then its body."""
    texts = [(k, v.strip()) for k, v in fields if v and v.strip()]
    if not texts:
        return None
    body_key, body = max(texts, key=lambda kv: len(kv[1]))
    if sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff") < 8:
        return None
    title = next((v for k, v in texts if _TITLE_KEYS.match(k) and v is not body and len(v) <= 200), None)
    if title is None:
        title = next((v for _, v in texts if v is not body and 6 <= len(v) <= 120 and "\n" not in v
                      and _POLICY_END.search(v)), None)
        # 第BH035号建议的答复 beside 对十三届全国人大代表第BH035号建议的答复: the fuller form of the same title
        title = max((v for _, v in texts if title and title in v and v is not body and len(v) <= 120 and "\n" not in v),
                    key=len, default=title)
    if title is None:  # 莆田市工信局关于印发2020年工业发展专...: a crawler's title, cut short
        title = next((v.rstrip(".…") for _, v in texts if v is not body and 8 <= len(v) <= 120 and "\n" not in v
                      and re.search(r"(?:\.{3}|…+)$", v) and "关于" in v), None)
        if title and any(_POLICY_END.search(ln.strip()) and len(ln.strip()) <= 40 for ln in body[:1500].splitlines()):
            title = None  # the text has its own title line
    if title is None:  # a record that names its file (社会救助政策宣传单-孤儿基本生活费.md): the file's name
        title = next((m.group(1) for _, v in texts if v is not body for m in [_FILE_NAME.match(v)] if m), None)
    head = []
    if title and body.startswith(title) and not body[len(title):len(title) + 1].isspace():
        body = title + "\n" + body[len(title):]  # a crawler ran the title into the text: the title is its own line
    if title and title not in body[:400]:
        head.append(title)
    head += [v for k, v in texts if k and _META_KEYS.search(k) and v is not body and v is not title
             and len(v) <= 60 and v not in body[:800] and not (_NUMBER_KEYS.search(k) and not re.search(r"\d", v))]
    return "\n".join(head + [body])


def _from_json(text: str) -> str | None:
    s = text.strip()
    if not s or s[0] not in "{[":
        return None
    try:
        value = json.loads(s)
    except ValueError:
        return None
    return _record_text(_strings(value))


def _from_js_object(text: str) -> str | None:
    """One record written as a script's object literal (unquoted keys, `template` strings): not JSON."""
    s = text.lstrip()
    if not s or s[0] not in "{[":
        return None
    records = object_records(s)
    if not records:
        return None
    main = max(records, key=lambda r: max(len(v) for _, v in r))
    if max(len(v) for _, v in main) < 200:
        return None
    return _record_text(main)


def _from_sql(text: str) -> str | None:
    if not _SQL_HEAD.match(text):
        return None
    head = re.search(r"\bVALUES\b", text, re.I)
    values = text[head.end():] if head else text
    cols = re.search(r"INTO\s+\S+\s*\(([^)]*)\)\s*VALUES", text, re.I | re.S)
    names = [c.strip(" `\"[]") for c in cols.group(1).split(",")] if cols else []
    strings = []
    for m in _SQL_STRING.finditer(values):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        strings.append(unescape_string(raw.replace("''", "'")))
    if not strings:
        return None
    # column names are known only when every value is a string; otherwise rely on wording
    keys = names if len(names) == len(strings) else [""] * len(strings)
    return _record_text(list(zip(keys, strings)))


#: files that hold one document's record among fields (a row cut out of a dataset)
RECORD_SUFFIXES = (".csv", ".tsv")


def csv_rows(text: str, suffix: str) -> list[list[str]]:
    """The non-empty rows of a CSV (``.csv``) or TSV (``.tsv``) text."""
    first = text.split("\n", 1)[0]
    tabs = suffix.lower() == ".tsv" or first.count("\t") >= 2 and first.count("\t") > first.count(",")  # a .csv of tabs
    return [r for r in csv.reader(io.StringIO(text), delimiter="\t" if tabs else ",") if r]


def _from_csv(text: str, suffix: str) -> str | None:
    """One record of a CSV (or TSV) file: the row with the longest text, its header's names as the keys."""
    if suffix.lower() not in RECORD_SUFFIXES:
        return None
    try:
        rows = csv_rows(text, suffix)
    except csv.Error:
        return None
    if not rows:
        return None
    header = rows[0] if len(rows) > 1 and all(len(c) <= 40 and not re.search(r"[。,，]", c) for c in rows[0]) else None
    body = rows[1:] if header else rows
    main = max(body, key=lambda r: max(map(len, r), default=0))
    keys = header if header and len(header) == len(main) else [""] * len(main)
    return _record_text(list(zip(keys, main)))


_SITE_TAIL = re.compile(r"(?<=通知|意见|方案|措施|办法|规定|细则|计划|规划|要点|纲要|决定|答复|复函|公告|通告|批复|条例)"
                        r"\s*[-_|—]+\s*[^-_|—\s]{2,16}\s*$")
_CJK_KEY = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]")


# a collector's English keys for the document's own metadata, as the portal labels them
# (not the issuer: a collector's issuer is its guess from the site, the text's own signature is better evidence)
_FRONT_KEYS = {"date": "发布日期",
               "publish_date": "发布日期", "official_number": "文号", "doc_number": "文号", "document_number": "文号"}
_YAML_KEY = re.compile(r"^(?P<k>[A-Za-z_]+)\s*:\s*(?P<v>.*)$")
_YAML_ITEM = re.compile(r"^\s*-\s+(?P<v>.+)$")


def _front_matter(lines: list[str]) -> list[str]:
    """YAML front matter as label lines, one output line per input line.

    Chinese labels (标题: 文号:) stay as written; the collector's keys for the date and 文号 become
    the portal's labels (发布日期:, 文号:); its own record (id:, issuer guesses, provenance:) is dropped.
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        m = _YAML_KEY.match(ln)
        label = _FRONT_KEYS.get(m.group("k").lower()) if m else None
        if _CJK_KEY.match(ln) or label is None:
            out.append(ln if _CJK_KEY.match(ln) else "")
            k += 1
            continue
        values = [m.group("v").strip().strip("'\"")]
        j = k + 1
        while j < len(lines) and _YAML_ITEM.match(lines[j]):
            values.append(_YAML_ITEM.match(lines[j]).group("v").strip().strip("'\""))
            j += 1
        values = [v for v in values if v and v not in ("[]", "null", "~")]
        out.append(f"{label}:{'、'.join(values)}" if values else "")
        out.extend("" for _ in range(k + 1, j))
        k = j
    return out


_LINK_ITEM = re.compile(r"^\s*[-*+]\s*\[[^\[\]]*\]\([^()]*\)\s*$")
# a number a PDF converter wrote as inline math: $15\%$ -> 15%, $500$ -> 500
_MD_MATH = re.compile(r"\$\s*(\d+(?:\.\d+)?)\s*(\\?%)?\s*\$")


def _from_markdown(text: str) -> str | None:
    if len(_MD_HEADING.findall(text)) < 1 and "**" not in text and not re.search(r"^\s*\|.*\|\s*$", text, re.M):
        return None
    out = []
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        # YAML front matter: labels in Chinese (标题: 文号: 发布日期:) read like a portal's header and stay;
        # a collector's own record (id:, aliases:, provenance:, fetched_at:) is not the document's
        end = next((k for k, ln in enumerate(lines[1:200], 1) if ln.strip() in ("---", "...")), None)
        if end is not None:
            out.append("")
            out.extend(_front_matter(lines[1:end]))
            out.append("")
            lines = lines[end + 1:]
    fronted = bool(out)  # a collector's file: its notes stand as quotes before the document's heading
    heading_seen = False
    for line in lines:
        if _MD_RULE.match(line) and "|" in line or re.fullmatch(r"\s*(?:-{3,}|\*{3,})\s*", line):
            continue
        heading_seen = heading_seen or bool(_MD_HEADING.match(line))
        if fronted and not heading_seen and re.match(r"^\s*>", line):
            out.append("")  # 本文正文由脚本…提取, 依《著作权法》…: the collector's note, not the document
            continue
        if _MD_HEADING.match(line):
            line = _SITE_TAIL.sub("", _MD_HEADING.sub("", line))  # 关于…的答复 - 福建省发改委: the site's name
        line = _MD_HEADING.sub("", line)
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
            line = "\t".join(c.strip() for c in stripped[1:-1].split("|"))
        if _LINK_ITEM.match(line):
            out.append("")  # - [中国工程院](http://…): a page's menu or list of links, not the document
            continue
        line = _MD_LINK.sub(lambda m: m.group(1) or "", line)
        line = _MD_EMPH.sub(r"\2", line)
        line = _MD_MATH.sub(lambda m: m.group(1) + ("%" if m.group(2) else ""), line)
        line = re.sub(r"^\s*>\s?", "", line)
        out.append(line.rstrip())
    return "\n".join(out)


def _escaped_plain(text: str) -> str | None:
    """A plain text that still carries string escapes (many ``\\n``, few real line breaks)."""
    escapes = text.count("\\n") + text.count("\\r")
    if escapes >= 5 and escapes > 2 * text.count("\n"):
        s = text.strip()
        if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
            s = s[1:-1]
        return unescape_string(s)
    return None


# a variable given a string: py (# t = '…', b = """…"""), Java/C# (String s = "…" + "…";), JS (const s = '…')
_ASSIGN = re.compile(r"^[ \t]*(?:#|//)?[ \t]*(?:(?:final|static|const|let|var|private|public)\s+)*"
                     r"(?:[A-Za-z_][\w<>\[\]]*\s+)?[A-Za-z_]\w*[ \t]*=[ \t]*[rRuU@]?(?P<q>'{3}|\"{3}|'|\"|`)", re.M)  # `…`: a JS template literal
_CONCAT = re.compile(r"\s*\+\s*(?:(?:#|//)[^\n]*\n\s*)*(?P<q>'|\")")


def _literal_end(text: str, start: int, q: str) -> int:
    """The index of the quote closing a literal opened just before ``start`` (escapes skipped)."""
    if len(q) == 3 or q == "`":  # a template literal runs over lines too
        end = text.find(q, start)
        return len(text) if end < 0 else end
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    k = start
    while k < line_end:
        if text[k] == "\\":
            k += 2
            continue
        if text[k] == q:
            return k
        k += 1
    last = text.rfind(q, start, line_end)  # an unescaped quote inside: the last one on the line closes
    return last if last >= 0 else line_end


def _from_assignments(text: str) -> str | None:
    r"""Texts held as a program's string variables, one assignment after another (a comment's too);
    literals joined with ``+`` are one text.

    >>> _from_assignments("# t = '关于X的通知'\n# b = " + "'" * 3 + "第一条 总则。" + "支持" * 100 + "'" * 3)[:14]
    '关于X的通知\n第一条 总则。'
    >>> _from_assignments('String s = "第一条" +\n  "' + "支持" * 100 + '";')[:5]
    '第一条支持'
    """
    if not _ASSIGN.match(text.lstrip("\ufeff\n")):
        return None
    out: list[str] = []
    pos = 0
    for m in _ASSIGN.finditer(text):
        if m.start() < pos:
            continue
        q, start, parts = m.group("q"), m.end(), []
        while True:
            end = _literal_end(text, start, q)
            parts.append(text[start:end])
            pos = end + len(q)
            nxt = _CONCAT.match(text, pos)
            if len(q) == 3 or q == "`" or nxt is None:
                break
            q, start = nxt.group("q"), nxt.end()
        out.append(unescape_string("".join(parts)).strip())
    body = "\n".join(x for x in out if x)
    return body if sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff") >= 200 else None


#: a saved web page: ``<!DOCTYPE html>`` or ``<html>`` first (after a BOM, blank lines or an XML prolog)
_HTML_PAGE = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_SCRIPT_CARRIERS = ("code", "js", "assignments")


_FEED = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|channel|item|entry)\b", re.I | re.S)
_FEED_FIELD = re.compile(r"<(title|description|summary|content(?::encoded)?)\b[^>]*>(.*?)</\1>", re.I | re.S)
_CDATA = re.compile(r"\s*<!\[CDATA\[(.*)\]\]>\s*", re.S)


def _from_feed(text: str) -> str | None:
    """An RSS or Atom item (a site's feed of its notices): its title and its entity-escaped (or CDATA) body, as markup."""
    if not _FEED.match(text):
        return None
    parts = []
    for m in _FEED_FIELD.finditer(text):
        cdata = _CDATA.fullmatch(m.group(2))
        body = cdata.group(1) if cdata else html.unescape(m.group(2))
        parts.append(f"<p>{body}</p>" if m.group(1).lower() == "title" else body)
    return "\n".join(parts) if parts else None


def unwrap(text: str, suffix: str = "") -> tuple[str, str | None]:
    """The document inside a carrier; return ``(text, carrier)`` with carrier ``None`` for plain text.

    The carrier is recognised by content (``feed``, ``json``, ``sql``, ``escaped``), a CSV/TSV record by its suffix, Markdown also by a
    ``.md``/``.markdown`` suffix or by its headings and tables.
    """
    page = _HTML_PAGE.match(text) is not None
    record = _from_csv(text, suffix)
    if record is not None:
        return record, "csv"
    for name, fn in (("feed", _from_feed), ("json", _from_json), ("sql", _from_sql), ("code", from_code), ("js", _from_js_object), ("assignments", _from_assignments),
                     ("escaped", _escaped_plain)):
        if page and name in _SCRIPT_CARRIERS:
            continue  # a saved web page: its scripts are the page's, the document is its markup
        out = fn(text)
        if out is not None:
            if name != "escaped":
                inner = _escaped_plain(out)  # a field that was escaped twice
                out = inner if inner is not None else out
            if out.count("&lt;") >= 3 and out.count("&gt;") >= 3:
                out = html.unescape(out)  # &lt;p&gt;: markup stored entity-escaped, for the caller to strip
            if name in ("json", "sql") and len(_MD_HEADING.findall(out)) >= 3 and "<" not in out[:2000]:
                out = _from_markdown(out) or out  # a field holding Markdown (## 第一条 …): its marks are no text
            return out, name
    headings = len(_MD_HEADING.findall(text))
    marked = "**" in text or re.search(r"^\s*\|.*\|\s*$", text, re.M) is not None
    if suffix.lower() in (".md", ".markdown") or ((headings >= 2 or headings and marked) and "<" not in text[:2000]):
        out = _from_markdown(text)
        if out is not None:
            return out, "markdown"
    return text, None
