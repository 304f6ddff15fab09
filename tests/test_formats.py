"""Real-world formats: the sample corpus fed as GB18030 / UTF-8-BOM text, government web pages, Word and
PDF files (all built here from data/corpus) reads back to the same document and scores the same.

Formats are detected by content: every variant is also fed under a lying extension (.txt).
"""
from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import docx  # extra 'formats': a missing install fails here, it is never skipped
import pdfplumber  # extra 'formats'
import pytest
import reportlab  # noqa: F401 - extra 'test': builds the PDFs

from policykg.loaders import decode_bytes, extract, parse_document, read_text, write_json

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
DOCS = sorted(CORPUS.glob("*.txt"))



def gold_title(stem: str) -> str:
    return json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))["title"]


def paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# -- building the files ------------------------------------------------------------------------------

_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;", "…": "&hellip;", "\u3000": "&#12288;"}


def _p(line: str, k: int) -> str:
    """One paragraph as a CMS writes it: escaped, some named entities, inline spans, an indent."""
    body = html.escape(line, quote=False)
    for ch, ent in _ENTITIES.items():
        body = body.replace(ch, ent)
    cut = body.find("，")
    if k % 3 == 1 and cut > 0:  # a run split over two inline elements
        body = f'<span style="font-family:仿宋_GB2312">{body[:cut]}</span><font face="宋体">{body[cut:]}</font>'
    if re.match(r"[一二三四五六七八九十]+、", line):
        body = f"<strong>{body}</strong>"
    return f'<p style="text-indent:2em;line-height:1.75">&nbsp;&nbsp;{body}</p>'


_SCRIPT = ("<script type=\"text/javascript\">var _hmt = _hmt || []; (function() { var hm = document.createElement('script');"
           " hm.src = 'https://hm.example/hm.js?1'; if (a < b && c > d) { document.write('<div>统计代码</div>'); } })();"
           "</script>")
_STYLE = "<style type=\"text/css\">.nav li{float:left} p{margin:0 0 1em} /* 样式表 */</style>"
_FOOTER = ("<p>主办：{site}办公室&nbsp;&nbsp;承办：{site}政务服务数据管理局</p>"
           "<p>版权所有 &copy; {site}&nbsp; 粤ICP备05001234号-1 &nbsp;网站标识码：4403000001 &nbsp;"
           "<img src=\"/images/ga.png\">粤公网安备 44030402001234号</p>")


def page_portal(title: str, text: str, site: str = "深圳市人民政府") -> str:
    """A current-style portal page: top bar, header, menu, breadcrumb, info line, share, content, tools, footer."""
    body = "\n".join(_p(line, k) for k, line in enumerate(paragraphs(text)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="SiteName" content="{site}"><title>{html.escape(title)}_政策文件_{site}门户网站</title>
<link rel="stylesheet" href="/css/main.css">{_STYLE}{_SCRIPT}</head>
<body>
<div class="topbar"><a href="/">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="/login">登录</a> | <a href="/en">English</a></div>
<div class="header"><img src="/images/logo.png" alt="{site}"><form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcfg">政策文件</a></div>
<div class="article">
  <h1 class="article-title">{html.escape(title)}</h1>
  <div class="article-info">发布时间：2023-10-09 09:30 &nbsp; 来源：{site} &nbsp; 浏览次数：<span id="hits">1234</span> &nbsp;
    【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
  <div class="pages_content" id="UCAP-CONTENT">
{body}
  </div>
  <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h3>相关文件</h3><ul><li><a href="/1.html">关于印发某某办法的通知</a></li></ul></div>
</div>
<div class="footer">{_FOOTER.format(site=site)}</div>
<script src="/js/stat.js"></script>
</body></html>"""


def page_tables(title: str, text: str, site: str = "苏州市人民政府") -> str:
    """An older table-layout page with no telling class names: chrome has to be found by its wording and links."""
    body = "<br>\n".join("&#12288;&#12288;" + html.escape(line, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")
                         for line in paragraphs(text))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title>{_SCRIPT}</head>
<body bgcolor="#ffffff">
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bsfw">办事服务</a> | <a href="/gzcy">公众参与</a></td></tr>
<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zcwj">政策文件</a></td></tr></table>
<table width="1000" align="center"><tr><td>
<table width="100%"><tr><td align="center"><b>{html.escape(title)}</b></td></tr>
<tr><td align="center">发布日期：2020-09-30 &nbsp; 访问次数：5678 &nbsp; 字号：[ <a>大</a> <a>中</a> <a>小</a> ]</td></tr>
<tr><td style="font-size:16px;line-height:2">
{body}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></td></tr>
</table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">
{_FOOTER.format(site=site)}
</td></tr></table>
</body></html>"""


def page_trs(title: str, text: str, site: str = "深圳市福田区人民政府") -> str:
    """A TRS-CMS page: an index table of metadata, the text in TRS_Editor inside a zoom div, a QR code."""
    body = "\n".join(_p(line, k) for k, line in enumerate(paragraphs(text)))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="ArticleTitle" content="{html.escape(title)}">{_STYLE}</head><body>
<div id="top"><div class="menu"><a href="/">网站首页</a><a href="/xxgk">信息公开</a></div></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; 建议提案办理</div>
<div class="xxgk-table"><table><tr><td>索引号：</td><td>11440304MB2C12345X/2023-01234</td><td>分类：</td><td>建议提案办理</td></tr>
<tr><td>发布机构：</td><td>{site}</td><td>发布日期：</td><td>2023-10-10</td></tr></table></div>
<div class="zoom" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="ewm">扫一扫在手机打开当前页<img src="qr.png"></div>
<div class="bottom">{_FOOTER.format(site=site)}</div>
<script>window.onload = function() {{ if (x > 1) {{ alert('<p>不应出现</p>'); }} }};</script>
</body></html>"""


PAGES = {"portal": page_portal, "tables": page_tables, "trs": page_trs}


def to_docx(text: str) -> bytes:
    """A Word file as an office writes it: centred bold title, indented paragraphs, a page header and footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉：内部资料 注意保存"
    section.footer.paragraphs[0].text = "— 1 —"
    for k, line in enumerate(paragraphs(text)):
        p = document.add_paragraph()
        if k == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line)
            run.bold = True
            run.font.size = Pt(22)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            cut = len(line) // 2  # two runs, as Word splits text on formatting changes
            p.add_run(line[:cut])
            p.add_run(line[cut:])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


FONT = "STSong-Light"


def _pdf_tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9.%/-]+|\s|.", text)


def _wrap(text: str, first: float, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur, limit = [], "", first
    for tok in _pdf_tokens(text):
        if cur and stringWidth(cur + tok, FONT, size) > limit:
            lines.append(cur.rstrip())
            cur, limit = ("" if tok.isspace() else tok), width
        else:
            cur += tok
    lines.append(cur.rstrip())
    return [ln for ln in lines if ln]


def to_pdf(text: str, running_header: str = "深圳市人民政府公报") -> bytes:
    """A text PDF laid out like a printed official document: centred title, paragraphs indented two
    characters and wrapped at the margin, right-aligned signature, page numbers and a running header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width_page, height = A4
    left, right, top, bottom, size, lead = 72.0, width_page - 72.0, height - 90.0, 90.0, 12.0, 21.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    state = {"page": 1, "y": top}

    def chrome() -> None:
        c.setFont(FONT, 9)
        c.drawCentredString(width_page / 2, height - 50, running_header)
        c.drawCentredString(width_page / 2, 45, f"— {state['page']} —")

    def line_out(s: str, x: float, font_size: float = size, step: float = lead) -> None:
        if state["y"] < bottom:
            chrome()
            c.showPage()
            state["page"] += 1
            state["y"] = top
        c.setFont(FONT, font_size)
        c.drawString(x, state["y"], s)
        state["y"] -= step

    paras = paragraphs(text)
    for k, para in enumerate(paras):
        if k == 0:  # the title: larger, centred
            for s in _wrap(para, right - left, right - left, 16):
                line_out(s, (width_page - stringWidth(s, FONT, 16)) / 2, 16, 28)
            state["y"] -= 10
        elif k >= len(paras) - 3 and len(para) <= 20 and not para.startswith(("(", "（")):
            line_out(para, right - stringWidth(para, FONT, size))  # signature and date, right-aligned
        else:
            for j, s in enumerate(_wrap(para, right - left - 2 * size, right - left, size)):
                line_out(s, left + (2 * size if j == 0 else 0))
    chrome()
    c.save()
    return buf.getvalue()


def convert(path: Path, fmt: str) -> tuple[str, bytes]:
    """(suffix, bytes) of the document at ``path`` in format ``fmt``."""
    text = path.read_text("utf-8")
    title = gold_title(path.stem) if (GOLD / f"{path.stem}.gold.json").exists() else paragraphs(text)[0]
    if fmt == "gb18030":
        return ".txt", text.encode("gb18030")
    if fmt == "utf-8-sig":
        return ".txt", text.encode("utf-8-sig")
    if fmt == "utf-16":
        return ".txt", text.encode("utf-16")
    if fmt.startswith("html-"):
        return ".html", PAGES[fmt[5:]](title, text).encode("utf-8")
    if fmt == "docx":
        return ".docx", to_docx(text)
    if fmt == "pdf":
        return ".pdf", to_pdf(text)
    raise AssertionError(fmt)


FORMATS = ["gb18030", "utf-8-sig", "utf-16", "html-portal", "html-tables", "html-trs", "docx", "pdf"]


# -- scores unchanged whatever the format --------------------------------------------------------------


def score(pred_dir: Path) -> dict:
    proc = subprocess.run([sys.executable, str(ROOT / "tests/data/score.py"), "--gold", str(GOLD), "--pred",
                           str(pred_dir), "--json"], check=True, capture_output=True, text=True)
    return json.loads(proc.stdout)


def extract_and_score(src: Path, out: Path) -> dict:
    result = extract([src])
    assert not result.errors, [str(e) for e in result.errors]
    assert sorted(d.doc_id for d in result.documents) == [p.stem for p in DOCS]
    for doc in result.documents:
        write_json(doc, out)
    return score(out)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict:
    return extract_and_score(CORPUS, tmp_path_factory.mktemp("utf8"))


@pytest.mark.parametrize("lie", [False, True], ids=["own-extension", "named-txt"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_corpus_scores_unchanged_in_every_format(fmt, lie, baseline, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for path in DOCS:
        suffix, data = convert(path, fmt)
        (src / (path.stem + (".txt" if lie else suffix))).write_bytes(data)
    scores = extract_and_score(src, tmp_path / "pred")
    assert scores["overall_f1"] == baseline["overall_f1"], (fmt, scores["overall_f1"], baseline["overall_f1"])
    for field, want in baseline["fields"].items():
        assert scores["fields"][field] == want, (fmt, field, scores["fields"][field], want)


def test_baseline_is_the_real_score(baseline):
    """The comparison above is against a real extraction, not an empty one."""
    assert baseline["documents"] == len(DOCS) and baseline["overall_f1"] >= 0.9


# -- each format reads back to the document ------------------------------------------------------------


def _squash(line: str) -> str:
    """White space only counts between two Latin letters or digits (the normaliser drops the rest)."""
    return re.sub(r"\s+", lambda m: " " if re.match(r"[A-Za-z0-9]\s+[A-Za-z0-9]", line[m.start() - 1:m.end() + 1])
                  else "", line.strip())


def _same_paragraphs(got: str, want: str) -> None:
    assert [_squash(p) for p in paragraphs(got)] == [_squash(p) for p in paragraphs(want)]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_encodings_decode_the_corpus_exactly(path, encoding):
    text = path.read_text("utf-8")
    decoded, fmt = decode_bytes(text.encode(encoding), path.name)
    assert decoded.lstrip("\ufeff") == text and fmt == f"text/{encoding}"


def test_gbk_and_gb18030_four_byte_characters():
    text = "关于支持“专精特新”企业发展的通知\n一、对𠀾䶮龘企业给予支持。(责任单位:市工信局)"
    assert decode_bytes(text.encode("gb18030"), "a.txt") == (text, "text/gb18030")
    gbk = "关于支持“专精特新”企业发展的通知\n一、对企业给予支持，最高100万元。"
    assert decode_bytes(gbk.encode("gbk"), "b.txt") == (gbk, "text/gb18030")


TRADITIONAL = """臺北市政府關於推動區塊鏈產業發展的實施計畫
一、計畫目標
為加速區塊鏈技術與產業創新發展，提升本市數位經濟競爭力，特訂定本計畫。
二、推動措施
（一）支持核心技術研發。對獲得國家級區塊鏈示範項目的企業，給予最高新臺幣五百萬元補助。（責任單位：產業發展局、財政局）
（二）培育專業人才。鼓勵大專院校開設區塊鏈相關課程，並與企業合作建立實習基地。
三、本計畫自發布之日起實施，有效期三年。
臺北市政府
2021年3月5日"""
HONG_KONG = "香港特別行政區政府關於推動創新科技發展嘅措施，佢哋已經收到。"


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs", "utf-8", "gb18030"])
def test_traditional_chinese_decodes_right(encoding):
    text = TRADITIONAL + ("\n" + HONG_KONG if encoding != "big5" else "")  # 嘅 佢 哋 are HKSCS only
    decoded, fmt = decode_bytes(text.encode(encoding), "taipei.txt")
    assert decoded == text
    assert fmt == f"text/{encoding}"


def test_short_big5_and_gb_texts_are_told_apart():
    for n in (2, 4, 8, 20):
        assert decode_bytes(TRADITIONAL[:n].encode("big5"), "t.txt") == (TRADITIONAL[:n], "text/big5")
    for path in DOCS:
        text = "".join(paragraphs(path.read_text("utf-8")))
        text = text[text.index("关于") if "关于" in text else 0:]
        for n in (2, 4, 8, 20):
            assert decode_bytes(text[:n].encode("gb18030"), "s.txt") == (text[:n], "text/gb18030")


def test_traditional_document_is_extracted():
    """A Big5 document is read and extracted as what it is; its fields come from its own text."""
    doc = parse_document(decode_bytes(TRADITIONAL.encode("big5"), "taipei.txt")[0], source="taipei.txt")
    assert doc.title == TRADITIONAL.splitlines()[0]
    assert doc.issuer == ("臺北市政府",) and doc.date == "2021-03-05" and doc.jurisdiction.name == "臺北市"
    measures = {m.id: m for m in doc.measures}
    assert measures["二.(一)"].title == "支持核心技術研發" and measures["二.(二)"].title == "培育專業人才"
    assert "財政局" in {r.name for r in measures["二.(一)"].responsible}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_web_page_chrome_is_stripped_and_document_kept(page):
    path = CORPUS / "futian-reply-2023005-modern-industry.txt"
    text = path.read_text("utf-8")
    got, fmt = decode_bytes(PAGES[page](gold_title(path.stem), text).encode("utf-8"), "page.html")
    assert fmt == "html/utf-8"
    _same_paragraphs(got, text)
    for chrome in ("首页", "当前位置", "您现在的位置", "您的位置", "分享到", "打印本页", "关闭窗口", "版权所有", "ICP备",
                   "公网安备", "网站标识码", "浏览次数", "访问次数", "统计代码", "不应出现", "hm.js", "float:left", "登录",
                   "扫一扫", "索引号", "相关文件", "&nbsp;", "&ldquo;", "<"):
        assert chrome not in got, (page, chrome)


def test_content_lines_that_look_like_chrome_are_kept():
    body = ("关于举办区块链创新大赛的通知\n主办单位：市科技局、市工信局\n来源：国家统计局第3次全国经济普查数据显示，产业规模持续扩大。\n"
            "发布时间：大赛报名自2024年3月1日起。\n版权所有人应对参赛作品的原创性负责。\n"
            "一、参赛企业获奖的，给予最高50万元奖励。（责任单位：市科技局）")
    got, _ = decode_bytes(page_portal("关于举办区块链创新大赛的通知", body).encode("utf-8"), "contest.html")
    assert paragraphs(got) == paragraphs(body)


def test_web_page_in_gbk_with_its_title_only_in_h1():
    body = "一、加快核心技术突破。对获评国家级示范项目的企业，给予最高100万元奖励。（责任单位：市科技局、市工信局）\n二、加强人才培养。"
    markup = page_portal("关于加快推动区块链技术和产业创新发展的实施意见", body).replace('charset="utf-8"', 'charset="gbk"')
    got, fmt = decode_bytes(markup.encode("gb18030"), "page.htm")
    assert fmt == "html/gb18030"
    assert paragraphs(got) == ["关于加快推动区块链技术和产业创新发展的实施意见"] + paragraphs(body)
    doc = parse_document(got, source="page.htm")
    assert doc.title == "关于加快推动区块链技术和产业创新发展的实施意见"
    assert [a.value_yuan for m in doc.measures for a in m.amounts] == [1_000_000.0]


def test_docx_tables_in_document_order_and_no_page_header():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉不属于正文"
    document.add_paragraph("关于印发重点任务分工的通知")
    document.add_paragraph("一、重点任务分工如下表。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("序号", "重点任务", "责任单位"), ("1", "加快核心技术突破", "市科技局、市工信局"),
                             ("2", "合并单元格", "")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("二、本通知自印发之日起施行。")
    buf = io.BytesIO()
    document.save(buf)
    got, fmt = decode_bytes(buf.getvalue(), "tasks.txt")  # a lying extension
    assert fmt == "docx"
    assert got.splitlines() == ["关于印发重点任务分工的通知", "一、重点任务分工如下表。", "序号\t重点任务\t责任单位",
                                "1\t加快核心技术突破\t市科技局、市工信局", "2\t合并单元格", "二、本通知自印发之日起施行。"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_docx_reads_back_the_paragraphs(path):
    text = path.read_text("utf-8")
    got, fmt = decode_bytes(to_docx(text), path.stem + ".docx")
    assert fmt == "docx" and "页眉" not in got and "— 1 —" not in got
    _same_paragraphs(got, text)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_pdf_paragraphs_rebuilt_and_page_debris_dropped(path):
    text = path.read_text("utf-8")
    data = to_pdf(text)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        raw = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "— 1 —" in raw and "公报" in raw  # the debris is really there to drop
    got, fmt = decode_bytes(data, path.stem + ".pdf")
    assert fmt == "pdf"
    assert "— 1 —" not in got and "公报" not in got
    _same_paragraphs(got, text)


def test_pdf_without_a_text_layer_is_named(tmp_path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)  # a "scan": drawing, no text
    c.save()
    with pytest.raises(Exception, match=r"scan\.pdf: is a PDF with no text layer"):
        decode_bytes(buf.getvalue(), "scan.pdf")


def test_lying_extensions_are_read_by_content(tmp_path):
    path = CORPUS / "suzhou-blockchain-opinions-2020-2022.txt"
    text = path.read_text("utf-8")
    files = {
        "docx-as.txt": to_docx(text), "pdf-as.txt": to_pdf(text),
        "page-as.txt": page_portal(gold_title(path.stem), text).encode("utf-8"),
        "plain-as.html": text.encode("gb18030"), "plain-as.pdf": text.encode("utf-8"),
        "plain-as.docx": text.encode("utf-8-sig"),
    }
    kinds = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        got, kinds[name] = read_text(tmp_path / name)
        _same_paragraphs(got, text)
    assert kinds == {"docx-as.txt": "docx", "pdf-as.txt": "pdf", "page-as.txt": "html/utf-8",
                     "plain-as.html": "text/gb18030", "plain-as.pdf": "text/utf-8", "plain-as.docx": "text/utf-8-sig"}


def test_app_and_account_prompts_are_chrome():
    """A page's prompts to add its app or follow its account (添加“穗康”小程序) are no part of the document."""
    page = ('<html><body><div class="zoom"><p>一、给予最高50万元奖励。</p><p>市民可通过“穗康”小程序申请补贴。</p></div>'
            '<div class="app"><span>扫一扫<br>添加“穗康”小程序</span><span>关注“深圳福田”微信公众号</span></div></body></html>')
    got, _ = decode_bytes(page.encode("utf-8"), "page.html")
    assert paragraphs(got) == ["一、给予最高50万元奖励。", "市民可通过“穗康”小程序申请补贴。"]
