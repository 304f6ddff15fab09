"""Inputs that must fail alone, with a clear per-file error, while the rest of the batch builds (issue 15).

* a .docx or .pdf whose compressed parts expand far beyond the file (a zip/deflate bomb) is refused
  before it is expanded (item 6);
* a file name that is not valid UTF-8 (item 5) and a path on the command line that cannot even be
  looked at (item 8) are per-file errors, exactly as inside a scanned folder.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.loaders import extract, read_text
from policykg.loaders.reading import files as reading

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "data" / "corpus" / "futian-reply-20220098-regtech.txt"
MB = 1 << 20


def _docx(text: str, extra: dict[str, bytes] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    if not extra:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, FlateDecode-compressed."""
    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_docx_that_expands_over_the_limit_is_refused_before_it_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_EXPANDED_BYTES", 4 * MB)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_docx(GOOD.read_text("utf-8"), {"word/media/zeros.bin": bytes(12 * MB)}))
    assert bomb.stat().st_size < MB  # small on disk
    with pytest.raises(InputError, match=r"bomb\.docx: .*expands to 12 MB, over the 4 MB limit") as info:
        read_text(bomb)
    assert "POLICYKG_MAX_EXPANDED" in str(info.value)
    fine = tmp_path / "fine.docx"
    fine.write_bytes(_docx(GOOD.read_text("utf-8")))
    result = extract([bomb, fine])
    assert [d.doc_id for d in result.documents] == ["fine"] and [e.path for e in result.errors] == [str(bomb)]


def test_a_pdf_whose_streams_expand_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_EXPANDED_BYTES", 4 * MB)
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" + b" " * (12 * MB)))
    assert bomb.stat().st_size < MB
    with pytest.raises(InputError, match=r"bomb\.pdf: is a PDF that expands to more than the 4 MB limit"):
        read_text(bomb)
    small = tmp_path / "small.pdf"  # the same PDF under the limit is read
    small.write_bytes(_pdf(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" + b" " * MB))
    assert read_text(small) == ("x", "pdf")


# -- file names and paths -------------------------------------------------------------------------------------

def _run(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=900)


@pytest.fixture
def undecodable_name(tmp_path) -> Path:
    """A folder with a good document, a document whose name is not UTF-8 (Latin-1 bytes), and an empty file
    with such a name (an error that must still be reported)."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    text = GOOD.read_bytes()
    (folder / "a-good.txt").write_bytes(text)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-reply.txt"), "wb") as fh:
        fh.write(text.replace("20220098".encode(), b"20220099"))
    with open(os.path.join(os.fsencode(folder), b"\xff-empty.txt"), "wb"):
        pass
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_name_that_is_not_utf8_does_not_break_the_batch(undecodable_name, tmp_path, jobs):
    import json

    out, store = tmp_path / "out", tmp_path / "store"
    proc = _run("build", str(undecodable_name), "--out", str(out), "--store", str(store), "--jobs", jobs,
                "--exports", "nt", "--no-views", "--json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr  # 2: the empty file failed
    assert "is empty" in proc.stderr and "-empty.txt" in proc.stderr
    summary = json.loads(proc.stdout)
    assert sorted(summary["store_documents"]) == ["a-good", "caf--reply"], summary
    saved = json.loads((store / "documents" / "caf--reply.json").read_text("utf-8"))
    assert saved["source"].endswith("caf\ufffd-reply.txt")  # a printable stand-in for the undecodable byte
    assert not [p for p in out.rglob("*.tmp")] + [p for p in store.rglob("*.tmp")]
    assert "caf\ufffd-reply.txt" in (out / "graph.nt").read_text("utf-8")
    extracted = _run("extract", str(undecodable_name), "--out", str(tmp_path / "ex"), "--json", "--jobs", jobs)
    assert extracted.returncode == 2 and "Traceback" not in extracted.stderr, extracted.stderr
    result = json.loads(extracted.stdout)
    assert sorted(w["doc_id"] for w in result["written"]) == ["a-good", "caf--reply"]
    assert len(result["failed"]) == 1 and "\ufffd-empty.txt: is empty" in result["failed"][0]
    assert sorted(p.name for p in (tmp_path / "ex").iterdir()) == ["a-good.json", "caf--reply.json"]


def test_a_path_on_the_command_line_that_cannot_be_looked_at_is_a_per_file_error(tmp_path):
    """A name too long for the file system makes even ``stat`` fail (as a folder without search permission
    does): the other files build, the bad one gets its error line, the exit code says some failed."""
    import json

    too_long = tmp_path / ("长" * 200 + ".txt")
    out, store = tmp_path / "out", tmp_path / "store"
    proc = _run("build", str(GOOD), str(too_long), "--out", str(out), "--store", str(store), "--jobs", "1",
                "--exports", "none", "--no-views", "--json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "cannot be read (File name too long)" in proc.stderr and "长长长" in proc.stderr
    assert json.loads(proc.stdout)["store_documents"] == ["futian-reply-20220098-regtech"]
    result = extract([GOOD, too_long])
    assert len(result.documents) == 1 and len(result.errors) == 1 and "File name too long" in str(result.errors[0])
