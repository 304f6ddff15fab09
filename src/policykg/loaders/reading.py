"""Reading documents from disk: format detection by content, decoding, markup removal.

:func:`decode_bytes` turns the bytes of a file into text, whatever the
format (plain text in UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK or Big5; HTML;
Word .docx; text PDF).  The format is detected from the content, never from
the extension alone.  Every failure is an :class:`~policykg.errors.InputError`
that names the file and says what to do.

>>> decode_bytes("政策".encode("gb18030"), "a.txt")
('政策', 'text/gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbf\\xe6\\x94\\xbf\\xe7\\xad\\x96", "b.txt")
('政策', 'text/utf-8-sig')
"""
from __future__ import annotations

import html
import io
import logging
import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from policykg.errors import BinaryInputError, DecodeError, EmptyInputError, InputError

__all__ = ["decode_bytes", "read_text", "html_to_text", "MAX_BYTES"]

log = logging.getLogger(__name__)

#: Larger files are refused before they are read: a policy document is rarely over 1 MB.
MAX_BYTES = int(os.environ.get("POLICYKG_MAX_BYTES", 16 * 1024 * 1024))

_HTML_SNIFF = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|div|p|table|meta|span|br)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
               "article", "title", "td", "th", "pre", "blockquote", "dd", "dt"}
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "select", "iframe", "svg", "template", "head"}
_CHROME = re.compile(r"nav|menu|header|footer|breadcrumb|crumb|share|sidebar|toolbar|banner|copyright|"
                     r"login|search|related|links?$|foot|top-?bar|bottom", re.I)
_CONTENT = re.compile(r"content|article|zoom|text|detail|main|TRS_Editor|Custom_UnionStyle|pages_content", re.I)


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, dropping scripts and page chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.content_parts: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, in_content)

    def _state(self) -> tuple[bool, bool]:
        return (self._stack[-1][1], self._stack[-1][2]) if self._stack else (False, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        skip, content = self._state()
        ident = " ".join(v or "" for k, v in attrs if k in ("id", "class"))
        if tag in _SKIP_TAGS or (ident and _CHROME.search(ident) and not _CONTENT.search(ident)):
            skip = True
        if ident and _CONTENT.search(ident) and not skip:
            content = True
        if tag in ("br", "img", "hr", "meta", "link", "input"):
            if tag == "br" and not skip:
                self._emit("\n", content)
            return
        if tag in _BLOCK_TAGS and not skip:
            self._emit("\n", content)
        self._stack.append((tag, skip, content))

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self._stack) - 1, -1, -1):
            if self._stack[k][0] == tag:
                skip, content = self._stack[k][1], self._stack[k][2]
                del self._stack[k:]
                if tag in _BLOCK_TAGS and not skip:
                    self._emit("\n", content)
                return

    def handle_data(self, data: str) -> None:
        skip, content = self._state()
        if not skip:
            self._emit(data, content)

    def _emit(self, text: str, content: bool) -> None:
        self.parts.append(text)
        if content:
            self.content_parts.append(text)


def html_to_text(markup: str) -> str:
    """The document text of an HTML page: markup, entities, scripts and page chrome removed.

    >>> html_to_text("<html><body><nav>首页</nav><div class='content'><p>第一条&nbsp;内容</p></div></body></html>")
    '第一条 内容'
    """
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; anything else is junk markup
        log.debug("html parser gave up; falling back to tag stripping")
        return html.unescape(re.sub(r"<[^>]*>", "\n", markup))
    chosen = parser.content_parts if len("".join(parser.content_parts).strip()) > 50 else parser.parts
    text = "".join(chosen).replace("\xa0", " ")
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _decode_plain(data: bytes, path: str) -> tuple[str, str]:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(path, f"starts with a {enc} byte-order mark but does not decode ({exc.reason})",
                                  "re-save it as UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    prefix_has_utf8_cjk = re.search(rb"[\xe4-\xe9][\x80-\xbf]{2}", data[: utf8_error.start]) is not None
    if prefix_has_utf8_cjk and utf8_error.start > len(data) - 4:
        raise DecodeError(path, "UTF-8 text is truncated in the middle of a character",
                          "the download is incomplete; fetch the file again")
    if prefix_has_utf8_cjk and utf8_error.start > 64:
        raise DecodeError(path, f"is UTF-8 up to byte {utf8_error.start} and then another encoding (mixed encodings)",
                          "re-save the whole file in one encoding, e.g. UTF-8")
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 2:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
        enc = "big5" if best is not None and best.encoding.lower() in ("big5", "big5hkscs", "cp950") else "gb18030"
        return next(c for c in candidates if c[1] == enc)
    if candidates:
        return candidates[0]
    raise DecodeError(path, "decodes as none of UTF-8, GB18030 or Big5",
                      "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8")


def _docx_text(data: bytes, path: str) -> str:
    try:
        import docx  # python-docx, extra 'formats'
    except ImportError:
        raise InputError(path, "is a Word .docx file and python-docx is not installed",
                         "pip install 'policykg[formats]'") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on bad zips
        raise BinaryInputError(path, f"looks like a .docx but cannot be opened ({exc.__class__.__name__})",
                               "open and re-save it in Word or LibreOffice") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(data: bytes, path: str) -> str:
    try:
        import pdfplumber  # extra 'formats'
    except ImportError:
        raise InputError(path, "is a PDF and pdfplumber is not installed", "pip install 'policykg[formats]'") from None
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on bad files
        raise BinaryInputError(path, f"is a PDF that cannot be parsed ({exc.__class__.__name__})",
                               "check that the file is complete") from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(path, "is a PDF with no text layer (a scan)", "run OCR on it first")
    return text


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode a document's bytes into text; return ``(text, format)``.

    Raises
    ------
    EmptyInputError, BinaryInputError, DecodeError, InputError
        With the file named and what to do.
    """
    if not data.strip():
        raise EmptyInputError(path, "is empty", "check the download or remove it from the batch")
    if data.startswith(b"%PDF"):
        return _pdf_text(data, path), "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise BinaryInputError(path, "is a damaged zip archive", "fetch the file again") from None
        if "word/document.xml" in names:
            return _docx_text(data, path), "docx"
        raise BinaryInputError(path, "is a zip archive, not a document", "unpack it and pass the documents")
    if data.startswith((b"\xd0\xcf\x11\xe0",)):
        raise BinaryInputError(path, "is a legacy Word .doc file", "save it as .docx or .txt")
    head = data[:4096]
    if b"\x00" in head and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInputError(path, "is binary, not text", "pass .txt, .html, .docx or .pdf files")
    text, enc = _decode_plain(data, path)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > 8:
        raise BinaryInputError(path, "is binary, not text", "pass .txt, .html, .docx or .pdf files")
    if _HTML_SNIFF.search(data[:65536]):
        text = html_to_text(text)
        if not text.strip():
            raise EmptyInputError(path, "is HTML with no text in it", "save the page with its content")
        return text, f"html/{enc}"
    return text, f"text/{enc}"


def read_text(path: str | Path) -> tuple[str, str]:
    """Read and decode a document file; see :func:`decode_bytes`."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(p, "is a directory", "pass the files in it, or the directory to 'build'")
        if p.exists() and not p.is_file():
            raise InputError(p, "is not a regular file (a device, socket or pipe)", "pass document files only")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(p, f"is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit",
                             "split it into its documents")
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(p, "does not exist", "check the path") from None
    except PermissionError:
        raise InputError(p, "cannot be read (permission denied)", "fix its permissions") from None
    except OSError as exc:
        raise InputError(p, f"cannot be read ({exc.strerror or exc.__class__.__name__})", "check the file") from None
    return decode_bytes(data, str(p))
