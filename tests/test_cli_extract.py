"""The extract command end to end: files written, bad files one line each, exit codes pinned."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


def test_extract_writes_one_json_per_document(tmp_path, corpus_dir):
    proc = run("extract", str(corpus_dir), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    files = sorted(p.name for p in tmp_path.glob("*.json"))
    assert files == sorted(p.stem + ".json" for p in corpus_dir.glob("*.txt"))
    doc = json.loads((tmp_path / "suzhou-blockchain-opinions-2020-2022.json").read_text("utf-8"))
    for key in ("title", "doc_type", "issuer", "doc_number", "date", "jurisdiction", "measures",
                "enterprises", "platforms", "programs", "cited_policies", "people"):
        assert key in doc
    assert doc["measures"] and doc["measures"][0]["evidence"]["sentence"]


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path, corpus_dir):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-good.txt").write_bytes((corpus_dir / "shenzhen-blockchain-action-plan-2021-2023.txt").read_bytes())
    (src / "b-empty.txt").write_bytes(b"")
    (src / "c-binary.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    proc = run("extract", str(src), "--out", str(out))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("b-empty.txt" in e and "empty" in e for e in errors)
    assert any("c-binary.txt" in e and "binary" in e for e in errors)
    assert [p.name for p in out.glob("*.json")] == ["a-good.json"]


def test_missing_path_is_an_error_not_a_traceback(tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert "nope.txt" in proc.stderr and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_on_every_command():
    proc = run("--help")
    assert proc.returncode == 0
    commands = [line.split()[1] for line in proc.stdout.splitlines()
                if line.startswith("│ ") and line[2:3].strip() and not line.split()[1].startswith("-")
                and line.split()[1].replace("-", "_").isidentifier()]  # the commands panel, not the options
    assert "extract" in commands
    for command in commands:
        sub = run(command, "--help")
        assert sub.returncode == 0, (command, sub.stderr)
        assert "Usage" in sub.stdout


def test_parallel_extraction_gives_the_same_documents(corpus_dir):
    from policykg.loaders import extract

    serial = [d.to_dict() for d in extract([corpus_dir, corpus_dir / "missing.txt"]).documents]
    parallel = extract([corpus_dir, corpus_dir / "missing.txt"], jobs=2)
    assert [d.to_dict() for d in parallel.documents] == serial
    assert len(parallel.errors) == 1 and "missing.txt" in str(parallel.errors[0])
