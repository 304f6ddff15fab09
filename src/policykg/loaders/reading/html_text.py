"""The document inside a government web page: markup, entities, scripts and page chrome removed.

Government sites publish a policy inside a page shell: a top bar, a logo, a
navigation menu, a breadcrumb (当前位置: 首页 > 政务公开), an information line
(发布时间, 浏览次数, 字号 大 中 小), share buttons (分享到), print and close links
(打印本页, 关闭窗口), related links and a footer (主办, 版权所有, ICP备案,
网站标识码).  :func:`html_to_text` keeps the document and drops the shell:

1. scripts, styles, forms and the ``nav``/``header``/``footer``/``aside``
   elements are skipped, and so is any element whose id or class names page
   chrome (nav, menu, breadcrumb, share, footer, copyright ...);
2. when elements whose id or class names the content (content, article,
   TRS_Editor, zoom, pages_content ...) hold the text, the innermost one that
   still holds most of it is the document; otherwise the whole page is, less
   its lines made only of links (menus, link lists);
3. the page title (``<meta name="ArticleTitle">`` or ``<h1>``) is put back
   in front when the content does not start with it;
4. lines that are chrome by their wording (breadcrumbs, share, print/close,
   font size) are dropped; on a whole page the footer (版权所有, ICP备,
   公网安备 ...) is cut.

>>> html_to_text("<html><body><nav>首页</nav><div class='content'><p>第一条&nbsp;内容</p></div></body></html>")
'第一条 内容'
"""
from __future__ import annotations

import html
import logging
import re
import unicodedata
from html.parser import HTMLParser

__all__ = ["html_to_text", "HTML_SNIFF"]

log = logging.getLogger(__name__)

#: text that says "this is HTML", whatever the file is called
HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|table|meta|span|br)\b", re.I)

_CELL = "\ue000"  # where a table cell starts, until its row is written out
_MAX_ROW_CHARS = 2000
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
               "article", "title", "td", "th", "pre", "blockquote", "dd", "dt", "ul", "ol", "dl", "center"}
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "select", "iframe", "svg", "template", "head", "object", "textarea"}
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source",
              "track", "wbr"}
_CHROME = re.compile(r"nav|menu|header|footer|breadcrumb|crumb|share|sidebar|toolbar|banner|copyright|"
                     r"login|search|related|links?$|foot|top-?bar|bottom|position|location|weizhi|dqwz|"
                     r"fenxiang|print|tools?$|gotop|back-?top|qrcode|ewm|xgwj|xglj", re.I)
_CONTENT = re.compile(r"content|article|zoom|text|detail|main|TRS_Editor|Custom_UnionStyle|pages_content|"
                      r"zwnr|wznr|nrys|xxgk_content|view", re.I)
_CHROME_LINE = re.compile(
    r"^(?:(?:当前位置|您现在的位置|您的位置|您当前的位置|所在位置|当前的位置)\s*[:：].*"
    r"|分享到\s*[:：]?.{0,60}"
    r"|(?:[【\[(（]?\s*(?:打印(?:本页|此页|文章|正文)?|关闭(?:窗口|本页|此页)?|返回顶部|回到顶部|收藏(?:本页)?|返回|顶部)"
    r"\s*[】\])）]?[\s|/·]*)+"
    r"|[【\[]?\s*字[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?.{0,60}"
    r"|(?:扫一扫|用手机扫描|手机扫描).{0,40}"
    r"|(?:(?:扫码)?(?:添加|关注|下载)[^。,，;；]{0,24}?(?:小程序|公众号|客户端|APP|App|app)\s*)+"
    r"|(?:发布时间|发布日期|浏览次数|访问次数|阅读次数|点击数|来源)\s*[:：].{0,60}"
    r"(?:浏览次数|访问次数|阅读次数|点击数|点击量|访问量|浏览量|字号|字体)\s*[:：].{0,60})$"
)
_WORDY = re.compile(r"[^\W_]")  # a letter, digit or ideograph: more than a separator between links
_FOOTER_LINE = re.compile(r"版权所有(?![\u4e00-\u9fff])|版权所有\s*[:：]|ICP\s*备|ICP\s*证|公网安备|网站标识码|网站识别码|"
                          r"Copyright|©")
_FOOTER_NEAR = re.compile(r"^(?:主办|承办|主办单位|承办单位|技术支持|联系我们|网站地图|网站声明|隐私声明|运维单位|维护单位)"
                          r"(?:\s*[:：|]|\s*$)")


class _PageParser(HTMLParser):
    """Collect the visible text of a page with, per piece, the content containers it sits in."""

    def __init__(self, chrome: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.chrome = chrome  # skip elements whose id or class names page chrome
        # pieces of text: (text, ids of the open content containers, inside a link)
        self.parts: list[tuple[str, tuple[int, ...], bool]] = []
        self.depth_of: dict[int, int] = {}
        self.titles: list[str] = []
        self.h1: list[str] = []
        self.page_title: list[str] = []
        self._stack: list[tuple[str, bool, tuple[int, ...], bool]] = []  # (tag, skipping, containers, in link)
        self._h1_buf: list[str] | None = None
        # open table rows, innermost last: [parts, cells, has a nested row]; see _end_row
        self._rows: list[list] = []

    def _state(self) -> tuple[bool, tuple[int, ...], bool]:
        if not self._stack:
            return False, (), False
        _, skip, cands, link = self._stack[-1]
        return skip, cands, link

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        skip, cands, link = self._state()
        if tag == "meta":
            named = dict(attrs)
            if (named.get("name") or named.get("property") or "").lower() in ("articletitle", "og:title"):
                self.titles.append(named.get("content") or "")
            return
        ident = " ".join(v or "" for k, v in attrs if k in ("id", "class"))
        if tag in _SKIP_TAGS or (self.chrome and ident and _CHROME.search(ident) and not _CONTENT.search(ident)):
            skip = True
        if ident and _CONTENT.search(ident) and not skip and tag not in _VOID_TAGS:
            cid = len(self.depth_of)
            self.depth_of[cid] = len(self._stack)
            cands = cands + (cid,)
        if tag in _VOID_TAGS:
            if tag == "br" and not skip:
                self._emit("\n", cands, link)
            return
        if tag == "tr" and not skip:
            if self._rows:
                self._rows[-1][2] = True
            self._rows.append([[], 0, False])
        if tag in ("td", "th") and not skip and self._rows:
            self._rows[-1][1] += 1
            self._emit(_CELL, cands, link)
        elif tag in _BLOCK_TAGS and not skip:
            self._emit("\n", cands, link)
        if tag == "h1" and not skip:
            self._h1_buf = []
        self._stack.append((tag, skip, cands, link or tag == "a"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self._stack) - 1, -1, -1):
            if self._stack[k][0] == tag:
                skip, cands, link = self._stack[k][1], self._stack[k][2], self._stack[k][3]
                del self._stack[k:]
                if tag == "tr" and not skip and self._rows:
                    self._end_row()
                if tag in _BLOCK_TAGS and not skip:
                    self._emit("\n", cands, link)
                if tag == "h1" and self._h1_buf is not None:
                    self.h1.append("".join(self._h1_buf))
                    self._h1_buf = None
                return

    def handle_data(self, data: str) -> None:
        skip, cands, link = self._state()
        if self._stack and self._stack[-1][0] == "title":
            self.page_title.append(data)
        if not skip:
            self._emit(data, cands, link)
            if self._h1_buf is not None:
                self._h1_buf.append(data)

    def _emit(self, text: str, cands: tuple[int, ...], link: bool) -> None:
        (self._rows[-1][0] if self._rows else self.parts).append((text, cands, link))

    def _end_row(self) -> None:
        """A row of a data table (several short cells, no table inside) becomes one line with its cells
        separated by tabs, as Word writes a table row: a task table's row is then one task with its units.
        A layout row (one cell, or a cell that holds the page) keeps its line breaks."""
        parts, cells, nested = self._rows.pop()
        visible = sum(_visible(t) for t, _, _ in parts)
        one_line = cells >= 2 and not nested and visible <= _MAX_ROW_CHARS
        first = True
        for text, cands, link in parts:
            if one_line:
                text = re.sub(r"\s+", " ", text)
                if _CELL in text:
                    text = text.replace(_CELL, "\n" if first else "\t")
                    first = False
            else:
                text = text.replace(_CELL, "\n")
            self._emit(text, cands, link)
        if one_line:
            self._emit("\n", (), False)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _lines(parts: list[tuple[str, tuple[int, ...], bool]], drop_link_lines: bool) -> list[str]:
    """Join the pieces into stripped, non-empty lines; optionally drop lines made only of link text."""
    lines: list[str] = []
    buf: list[str] = []
    plain = False

    def flush() -> None:
        line = re.sub(r" *\t *", "\t", "".join(buf).replace("\xa0", " ")).strip()
        if line and (plain or not drop_link_lines):
            lines.append(line)

    for text, _, link in parts:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                flush()
                buf, plain = [], False
            buf.append(piece)
            if not link and _WORDY.search(piece):
                plain = True
    flush()
    return lines


def _key(text: str) -> str:
    return re.sub(r"[\s《》“”\"']|\[bookmark:[^\]]*\]", "", unicodedata.normalize("NFKC", text))


def _clean_lines(lines: list[str], cut_footer: bool) -> list[str]:
    """Drop chrome lines by their wording; cut the footer of a whole page (a content container has none)."""
    kept = [ln for ln in lines if not (len(ln) <= 120 and _CHROME_LINE.match(ln))]
    if not cut_footer:
        return kept
    n = len(kept)
    for k, ln in enumerate(kept):
        if k >= n * 0.5 and len(ln) <= 200 and _FOOTER_LINE.search(ln):
            while k > 0 and len(kept[k - 1]) <= 80 and _FOOTER_NEAR.match(kept[k - 1]):
                k -= 1
            return kept[:k]
    return kept


#: server-side template code in a saved page's source (<%@ page … %>, <%= … %>, <?php … ?>): not text
_SERVER_CODE = re.compile(r"<%.*?%>|<\?php.*?(?:\?>|\Z)", re.S)
# a line that reads as a document's title: 关于…的通知, …实施方案 (the page's <title> may be the site's name)
_TITLE_LIKE = re.compile(r"^(?=[^<>|｜]{8,80}$)(?:关于.*|.*(?:通知|意见|方案|办法|措施|规定|答复|复函|批复|决定|公告|通告|计划|细则|规划|条例))$")
# a 文号 in the page's metadata beside the box: labelled (文  号:, 备注/文号:) or a line of its own
_DOC_NO = r"[\u4e00-\u9fff]{1,12}[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,5}\s*号"
# (a label names it wherever it stands: the cells of a metadata table run together outside the box)
_INFO_DOC_NO = re.compile(rf"(?:发文字号|文\s*号)\s*[:：]?\s*(?P<n>{_DOC_NO})|(?:^|\n)\s*(?P<m>{_DOC_NO})\s*(?:\n|$)")
_INFO_DATE = re.compile(r"(?:发布日期|发布时间|成文日期|印发日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?")


def html_to_text(markup: str) -> str:
    """The document text of an HTML page: markup, entities, scripts and page chrome removed.

    Returns
    -------
    str
        One line per block, blank lines dropped; ``""`` when the page holds no text.  When the
        elements named as chrome hold the whole text (a page built inside a ``headerDiv``), they
        are read after all, provided they hold at least a short document's worth of text
        (a page of navigation and footer only stays empty).
    """
    markup = _SERVER_CODE.sub("", markup)
    front = _FRONT_MATTER.match(markup)  # a static site's page: ---\ntitle: X\n--- before the markup
    title = front and next((m.group("t") for m in [_FRONT_TITLE.search(front.group("y"))] if m), None)
    markup = markup[front.end():] if front else markup
    text = _page_text(markup, chrome=True)
    if _visible(text) < _MIN_PAGE_TEXT:
        fuller = _page_text(markup, chrome=False)
        if _visible(fuller) >= _MIN_PAGE_TEXT and _visible(fuller) > 2 * _visible(text):
            text = fuller
    if title and _key(title) not in _key(text[:1000]):
        text = title + "\n" + text
    return text


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<y>(?:(?!---)[^\n]*\n){1,40}?)---[ \t]*\n")
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(?P<t>[^\n\"']{4,200}?)[\"']?\s*$", re.M)


_MIN_PAGE_TEXT = 80


def _page_text(markup: str, chrome: bool) -> str:
    parser = _PageParser(chrome)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; anything else is junk markup
        log.debug("html parser gave up; falling back to tag stripping")
        return html.unescape(re.sub(r"<[^>]*>", "\n", markup))
    sizes: dict[int, int] = {cid: 0 for cid in parser.depth_of}
    for text, cands, _ in parser.parts:
        n = _visible(text)
        for cid in cands:
            sizes[cid] += n
    best = max(sizes.values(), default=0)
    total = sum(_visible(text) for text, _, link in parser.parts if not link)
    if best > 50 and best >= 0.3 * total:  # a content box that holds only the information line is not the document
        # the innermost container that still holds most of the content text
        chosen = max((cid for cid, n in sizes.items() if n >= 0.6 * best), key=lambda c: (parser.depth_of[c], -c))
        lines = _lines([p for p in parser.parts if chosen in p[1]], drop_link_lines=False)
        head = re.split(r"[_|｜]|\s-\s", "".join(parser.page_title))[0]
        before = _lines([p for p in parser.parts[:next(k for k, p in enumerate(parser.parts) if chosen in p[1])]
                         if not p[2]], drop_link_lines=True)[-6:]
        above = [t for t in reversed(before) if _TITLE_LIKE.match(t.strip())][:1]  # a heading beside the box
        title = next((t for t in parser.titles + parser.h1 + above + [head] if _visible(t) >= 6), "")
        title = " ".join(title.split())
        outside = "".join(t for t, c, _ in parser.parts if chosen not in c)
        if title and _key(title) not in _key("".join(lines[:8]))[:600]:
            lines.insert(0, title)
            dated = _INFO_DATE.search(outside)
            if dated and not _INFO_DATE.search("".join(lines[:8])):
                lines.insert(1, dated.group(0))  # the page's information line beside the box: its date
        numbered = _INFO_DOC_NO.search(outside)
        number = numbered and (numbered.group("n") or numbered.group("m"))
        if number and number not in "".join(lines[:12]):
            lines.insert(1, "文号:" + number)  # the page's metadata beside the box: its 文号
    else:
        lines = _clean_lines(_lines(parser.parts, drop_link_lines=True), cut_footer=True)
        # the page shows the title above a text that repeats it: keep the text's own
        head = re.split(r"[_|]|\s-\s", "".join(parser.page_title))[0]
        keys = [_key(t) for t in parser.titles + parser.h1 + [head] if _visible(t) >= 6]
        for k in range(min(len(lines) - 1, 12)):
            if _key(lines[k]) in keys and _key(lines[k]) in {_key(x) for x in lines[k + 1:k + 4]}:
                del lines[k]
                break
        return "\n".join(lines)
    return "\n".join(_clean_lines(lines, cut_footer=False))
