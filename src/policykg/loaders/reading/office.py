"""Text of Word .docx files (python-docx) and text PDFs (pdfplumber), as the document reads.

Word: paragraphs and tables in document order; a table row becomes one line
with its cells separated by tabs (what Word's own "save as text" writes),
horizontally merged cells once.  Page headers and footers are not the document
and are left out.

PDF: a PDF has no paragraphs, only lines placed on pages.  The paragraphs are
rebuilt from the layout the way a reader sees them:

* a line that runs to the right margin continues on the next line, unless the
  next line is indented (a new paragraph starts indented in Chinese official
  documents) or set apart by extra space;
* centred lines of the same large type are one title;
* page numbers (``- 1 -``, ``— 2 —``, ``第 3 页 共 9 页``) and running headers
  or footers repeated on several pages are page-break debris and are dropped,
  so a paragraph that a page break cut in two is joined again;
* a word of Latin script cut at a line end gets its space back.

Both are compressed formats: before either is parsed, what its parts expand
to is measured against a limit (``max_expanded``), so a small file that
inflates to gigabytes (a zip or deflate bomb) is refused with its name instead of
exhausting memory.  A .docx is measured by the sizes its zip directory declares
(Python's zipfile never inflates a member past its declared size); a PDF by
inflating its FlateDecode streams once, in bounded chunks, images excepted
(they are not decoded to read the text).

Both need the extra ``formats`` (``pip install 'policykg[formats]'``).
"""
from __future__ import annotations

import io
import logging
import re
import statistics
import zipfile
import zlib
from typing import Any

from policykg.errors import BinaryInputError, InputError

__all__ = ["docx_text", "pdf_text", "DEFAULT_MAX_EXPANDED"]

log = logging.getLogger(__name__)

#: what the parts of a .docx or the streams of a PDF may expand to, in bytes
DEFAULT_MAX_EXPANDED = 128 << 20
_MB = 1 << 20


def _too_big(path: str, kind: str, size: int | None, limit: int) -> InputError:
    """``size``: what it expands to, None when it was inflated only until it passed the limit."""
    over = f"{size // _MB} MB, over the {limit // _MB} MB limit" if size else f"more than the {limit // _MB} MB limit"
    return InputError(path, f"is a {kind} that expands to {over} (a zip bomb, or a document far larger than a policy)",
                      "check the file; if it is genuine, raise POLICYKG_MAX_EXPANDED (bytes)")


def _check_docx_size(data: bytes, path: str, limit: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            size = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, ValueError):
        return  # python-docx reports a damaged file
    if size > limit:
        raise _too_big(path, ".docx", size, limit)


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")


def _check_pdf_size(data: bytes, path: str, limit: int) -> None:
    """Inflate every FlateDecode stream (not images) in 1 MB steps, keeping nothing, until ``limit``."""
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        head = data[max(0, m.start() - 2048):m.start()]
        if _IMAGE.search(head[head.rfind(b" obj"):] if b" obj" in head else head):
            continue
        inflate = zlib.decompressobj()
        pending = data[start:start + _MB]
        pos = start + len(pending)
        try:
            while pending or (not inflate.eof and pos < len(data)):
                if not pending:
                    pending, pos = data[pos:pos + _MB], pos + _MB
                total += len(inflate.decompress(pending, _MB))
                pending = inflate.unconsumed_tail
                if total > limit:
                    raise _too_big(path, "PDF", None, limit)
                if inflate.eof:
                    break
        except zlib.error:
            continue  # not deflated (or encrypted): pdfminer decodes it, if at all, as it is

_PAGE_NUMBER = re.compile(r"^[-—–_－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–_－\s]*$")


def docx_text(data: bytes, path: str, max_expanded: int = DEFAULT_MAX_EXPANDED) -> str:
    """The text of a .docx file: paragraphs and table rows in document order.

    Raises
    ------
    InputError
        When its parts expand to more than ``max_expanded`` bytes, or python-docx is missing.
    BinaryInputError
        When it cannot be opened.
    """
    try:
        import docx  # python-docx, extra 'formats'
    except ImportError:
        raise InputError(path, "is a Word .docx file and python-docx is not installed",
                         "pip install 'policykg[formats]'") from None
    _check_docx_size(data, path, max_expanded)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):
                lines.extend(_table_lines(block))
            else:
                lines.append(block.text)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on bad zips
        raise BinaryInputError(path, f"looks like a .docx but cannot be opened ({exc.__class__.__name__})",
                               "open and re-save it in Word or LibreOffice") from None
    return "\n".join(lines)


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is listed once per grid column it spans
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split("\n")).strip())
        lines.append("\t".join(cells))
    return lines


def pdf_text(data: bytes, path: str, max_expanded: int = DEFAULT_MAX_EXPANDED) -> str:
    """The text of a text PDF, with its paragraphs rebuilt from the layout.

    Raises
    ------
    InputError
        When its streams expand to more than ``max_expanded`` bytes, it has no text layer, or pdfplumber
        is missing.
    BinaryInputError
        When it cannot be parsed.
    """
    try:
        import pdfplumber  # extra 'formats'
    except ImportError:
        raise InputError(path, "is a PDF and pdfplumber is not installed", "pip install 'policykg[formats]'") from None
    _check_pdf_size(data, path, max_expanded)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [[ln for ln in page.extract_text_lines(return_chars=False) if ln["text"].strip()]
                     for page in pdf.pages]
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on bad files
        raise BinaryInputError(path, f"is a PDF that cannot be parsed ({exc.__class__.__name__})",
                               "check that the file is complete") from None
    if not any(pages):
        raise InputError(path, "is a PDF with no text layer (a scan)", "run OCR on it first")
    return _paragraphs(_drop_debris(pages))


def _drop_debris(pages: list[list[dict]]) -> list[list[dict]]:
    """Drop page numbers and running headers/footers (first or last lines repeated on several pages)."""
    def shape(line: dict) -> str:
        return re.sub(r"\d+", "#", "".join(line["text"].split()))

    edges: dict[str, int] = {}
    for lines in pages:
        for line in {id(x): x for x in (lines[:1] + lines[-1:])}.values():
            edges[shape(line)] = edges.get(shape(line), 0) + 1
    repeated = {s for s, n in edges.items() if n >= 2 and n >= len(pages) / 2} if len(pages) >= 2 else set()
    out = []
    for lines in pages:
        keep = list(lines)
        for pos in (0, -1):  # at most two lines of debris at each end of a page
            for _ in range(2):
                if keep and (_PAGE_NUMBER.match(keep[pos]["text"]) or shape(keep[pos]) in repeated):
                    keep.pop(pos)
        out.append(keep)
    return out


def _paragraphs(pages: list[list[dict]]) -> str:
    lines = [ln for page in pages for ln in page]
    if not lines:
        return ""
    em = statistics.median(ln["bottom"] - ln["top"] for ln in lines) or 10.0
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    gaps = [b["top"] - a["bottom"] for page in pages for a, b in zip(page, page[1:]) if b["top"] > a["top"]]
    gap = statistics.median(gaps) if gaps else em
    out: list[str] = []
    for page_no, page in enumerate(pages):
        for k, ln in enumerate(page):
            text = ln["text"].strip()
            prev = page[k - 1] if k else (pages[page_no - 1][-1] if page_no and pages[page_no - 1] else None)
            if out and prev is not None and _continues(prev, ln, same_page=k > 0, left=left, right=right, em=em, gap=gap):
                tail = out[-1]
                space = " " if tail[-1:].isascii() and tail[-1:].isalnum() and text[:1].isascii() and text[:1].isalnum() else ""
                out[-1] = tail + space + text
            else:
                out.append(text)
    return "\n".join(out)


def _continues(prev: dict, line: dict, *, same_page: bool, left: float, right: float, em: float, gap: float) -> bool:
    """Whether ``line`` goes on with the paragraph of ``prev``: ``prev`` ran to the margin, or both are
    centred lines of one large-type title."""
    height, prev_height = line["bottom"] - line["top"], prev["bottom"] - prev["top"]
    if same_page and abs(height - prev_height) < 0.1 * em and height > 1.15 * em:
        centred = all(abs((ln["x0"] - left) - (right - ln["x1"])) < em for ln in (prev, line))
        if centred and line["top"] - prev["bottom"] < 1.5 * height:
            return True
    if prev["x1"] < right - 2 * em:
        return False  # the previous line stopped short: its paragraph ended
    if line["x0"] > left + 0.8 * em:
        return False  # indented: a new paragraph
    if same_page and line["top"] - prev["bottom"] > gap + 0.6 * em:
        return False  # set apart by space
    return True
