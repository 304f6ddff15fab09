"""The bad-input suite: every case gets one line naming the file and the reason, no traceback,
the rest of the batch is processed, and the exit code is non-zero."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.errors import InputError
from policykg.loaders import extract, parse_document
from policykg.loaders.normalize import fold, normalize

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "data/corpus/suzhou-blockchain-opinions-2020-2022.txt"


def _bad_batch(d: Path) -> dict[str, str]:
    """Write one file per bad case; return file name -> a word its error must contain."""
    good = GOOD.read_text("utf-8")
    cases = {}
    (d / "empty.txt").write_bytes(b"")
    cases["empty.txt"] = "empty"
    (d / "binary.txt").write_bytes(os.urandom(4096) + b"\x00" * 64)
    cases["binary.txt"] = "binary"
    (d / "truncated.txt").write_bytes(good.encode("utf-8")[:-1])
    cases["truncated.txt"] = "truncated"
    (d / "mixed.txt").write_bytes(good[:400].encode("utf-8") + good[400:800].encode("gb18030"))
    cases["mixed.txt"] = "mixed"
    with open(d / "huge.txt", "wb") as fh:  # 50 MB
        chunk = good.encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    cases["huge.txt"] = "limit"
    (d / "markup.html").write_text("<html><body><div><span></span><br/></div></body></html>", "utf-8")
    cases["markup.html"] = "HTML with no text"
    (d / "boilerplate.txt").write_text("微信扫描关注公众号,及时掌握新动向\n本文版权归属原作所有\n" * 3, "utf-8")
    cases["boilerplate.txt"] = "no recognisable policy content"
    (d / "brackets.txt").write_text("(" * 100_000 + ")" * 100_000, "utf-8")
    cases["brackets.txt"] = "no recognisable policy content"
    (d / "loop").symlink_to(d / "loop")
    cases["loop"] = "symlink"
    return cases


def test_bad_input_batch_via_cli(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    cases = _bad_batch(batch)
    (batch / "zz-good.txt").write_bytes(GOOD.read_bytes())
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "policykg", "extract", str(batch), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert all(ln.startswith("error:") for ln in lines), lines
    for name, reason in cases.items():
        hits = [ln for ln in lines if f"/{name}:" in ln or f"/{name} " in ln]
        assert len(hits) == 1, (name, lines)
        assert reason in hits[0], (name, hits[0])
    assert [p.name for p in out.glob("*.json")] == ["zz-good.json"]


def test_one_megabyte_single_line_is_processed(tmp_path):
    line = GOOD.read_text("utf-8").replace("\n", "")
    text = (line * (1024 * 1024 // len(line.encode("utf-8")) + 1))
    assert "\n" not in text and len(text.encode("utf-8")) >= 1024 * 1024
    doc = parse_document(text, source="oneline.txt")
    assert doc.title


def test_unreadable_file_in_a_directory(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(GOOD.read_bytes())
    secret = tmp_path / "b.txt"
    secret.write_bytes(GOOD.read_bytes())
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = extract([tmp_path])
    assert [d.doc_id for d in result.documents] == ["a"]
    assert len(result.errors) == 1 and "permission denied" in str(result.errors[0])


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = extract([fifo])
    assert isinstance(result.errors[0], InputError) and "regular file" in str(result.errors[0])


# -- property-based tests of the normaliser ------------------------------------------------
_text = st.lists(st.sampled_from(list("政策措施,，。、:：()（）“”《》〔〕 \u3000\n\t12３４万元ABc*\r") + ["\r\n", "**"]),
                max_size=120).map("".join)


@given(_text)
@settings(max_examples=300, deadline=None)
def test_normalized_offsets_point_into_the_original(text):
    nt = normalize(text)
    assert len(nt.index) == len(nt.text)
    assert all(0 <= i < max(1, len(text)) for i in nt.index)
    assert list(nt.index) == sorted(nt.index)  # order is kept
    for k, ch in enumerate(nt.text):
        if ch not in "\n" and ch.strip():
            a, b = nt.original_span(k, k + 1)
            assert fold(text[a:b]).strip() or text[a:b].strip()


@given(_text)
@settings(max_examples=300, deadline=None)
def test_fold_is_idempotent_and_drops_full_width_punctuation(text):
    once = fold(text)
    assert fold(once) == once
    assert not set(once) & set("，：（）\u3000")
