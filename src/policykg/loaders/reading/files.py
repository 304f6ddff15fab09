"""Reading documents from disk: format detection by content, decoding, markup removal.

:func:`decode_bytes` turns the bytes of a file into text, whatever the
format (plain text in UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK or Big5; HTML;
Word .docx; text PDF).  The format is detected from the content, never from
the extension alone: a .txt that is really a Word file, a PDF or a web page is
read as what it is, and a .doc that is a legacy Word or an RTF file is named as
such.  GB18030 and Big5 are told apart by which reading gives
common characters; bytes that decode only into gibberish, mixed encodings, a
truncated UTF-8 tail, files over :data:`MAX_BYTES`, Word and PDF files that
expand over :data:`MAX_EXPANDED_BYTES` and lines over :data:`MAX_LINE_CHARS`
are refused.  Web pages lose their page chrome
(:mod:`~policykg.loaders.reading.html_text`); Word and PDF files are read in document
order with their paragraphs rebuilt (:mod:`~policykg.loaders.reading.office`).  Every
failure is an :class:`~policykg.errors.InputError` that names the file and says
what to do.

>>> decode_bytes("政策".encode("gb18030"), "a.txt")
('政策', 'text/gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbf\\xe6\\x94\\xbf\\xe7\\xad\\x96", "b.txt")
('政策', 'text/utf-8-sig')
"""
from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from pathlib import Path

from policykg.errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from policykg.loaders.reading.carriers import unwrap
from policykg.loaders.reading.html_text import HTML_SNIFF, html_to_text
from policykg.loaders.reading.office import DEFAULT_MAX_EXPANDED, docx_text, pdf_text

__all__ = ["decode_bytes", "read_text", "html_to_text", "MAX_BYTES", "MAX_LINE_CHARS", "MAX_EXPANDED_BYTES"]

log = logging.getLogger(__name__)

#: Larger files are refused before they are read: a policy document is rarely over 1 MB.
MAX_BYTES = int(os.environ.get("POLICYKG_MAX_BYTES", 16 * 1024 * 1024))
#: What a .docx's parts or a PDF's streams may expand to (a web page or a text file is not compressed:
#: its text is never longer than the file, which :data:`MAX_BYTES` bounds).
MAX_EXPANDED_BYTES = int(os.environ.get("POLICYKG_MAX_EXPANDED", DEFAULT_MAX_EXPANDED))
#: A longer line is a run-on dump, not a paragraph of a document (which is a few thousand characters at most).
MAX_LINE_CHARS = int(os.environ.get("POLICYKG_MAX_LINE", 65536))


_COMMON_PUNCT = set("，。、；：？！“”‘’《》（）【】〔〕—…·\u3000") | {chr(c) for c in range(0xFF10, 0xFF1A)}


def _plausibility(text: str, enc: str) -> float:
    """How much ``text`` reads like Chinese decoded right from ``enc``: the share of its non-ASCII
    characters that are common punctuation or common ideographs of that encoding (GB2312 for
    GB18030, Big5 level 1 for Big5).

    Bytes decoded with the wrong one of the two give rare characters and stray symbols.
    """
    score = total = 0
    for ch in text:
        if ch.isascii() or ch.isspace():
            continue
        total += 1
        if ch in _COMMON_PUNCT:
            score += 1
        elif "\u4e00" <= ch <= "\u9fff":
            try:
                if enc == "gb18030":
                    ch.encode("gb2312")
                    score += 1
                else:
                    score += b"\xa4\x40" <= ch.encode("big5") <= b"\xc6\x7e"
            except UnicodeEncodeError:
                pass
    return score / total if total else 0.0


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
    for enc in ("gb18030", "big5", "big5hkscs"):
        if enc == "big5hkscs" and any(c[1] == "big5" for c in candidates):
            break
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise DecodeError(path, "decodes as none of UTF-8, GB18030 or Big5",
                          "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8")
    text, enc = max(candidates, key=lambda c: (_plausibility(*c), c[1] == "gb18030"))
    non_ascii = sum(1 for ch in text[:20000] if not ch.isascii())
    if non_ascii >= 20 and _plausibility(text[:20000], enc) < 0.3:  # decodes, but as gibberish (mojibake)
        raise DecodeError(path, f"decodes as {enc.upper()} only into gibberish (not Chinese text in UTF-8, GB18030 "
                                "or Big5; perhaps Shift-JIS or another encoding)",
                          "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8")
    return text, enc


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode a document's bytes into text; return ``(text, format)``.

    Raises
    ------
    EmptyInputError, BinaryInputError, DecodeError, InputError
        With the file named and what to do.
    """
    text, fmt = _decode(data, path)
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(path, f"has a line of {longest} characters, over the {MAX_LINE_CHARS} limit (a run-on dump, "
                               "not the paragraphs of a document)", "split it into its paragraphs")
    return text, fmt


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if not data.strip():
        raise EmptyInputError(path, "is empty", "check the download or remove it from the batch")
    if b"%PDF-" in data[:1024]:
        return pdf_text(data, path, MAX_EXPANDED_BYTES), "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise BinaryInputError(path, "is a damaged zip archive", "fetch the file again") from None
        if "word/document.xml" in names:
            return docx_text(data, path, MAX_EXPANDED_BYTES), "docx"
        raise BinaryInputError(path, "is a zip archive, not a document", "unpack it and pass the documents")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise BinaryInputError(path, "is a legacy Word .doc file", "save it as .docx or .txt")
    if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":  # Word's "save as RTF", often under a .doc name
        raise BinaryInputError(path, "is an RTF (Rich Text Format) file", "save it as .docx or .txt")
    head = data[:4096]
    if b"\x00" in head and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInputError(path, "is binary, not text", "pass .txt, .html, .docx or .pdf files")
    text, enc = _decode_plain(data, path)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > 8:
        raise BinaryInputError(path, "is binary, not text", "pass .txt, .html, .docx or .pdf files")
    text, carrier = unwrap(text, os.path.splitext(path)[1])
    kind = f"{carrier}+" if carrier else ""
    if HTML_SNIFF.search(text[:65536]):
        text = html_to_text(text)
        if not text.strip():
            raise EmptyInputError(path, "is HTML with no text in it", "save the page with its content")
        return text, f"{kind}html/{enc}"
    return text, f"{kind}text/{enc}"


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
