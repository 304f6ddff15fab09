"""The examples run and answer their questions with real names from the sample corpus."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_example(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "examples" / name), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def test_analytics_tour_answers_three_questions():
    proc = run_example("analytics_tour.py")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for heading in ("1. Which agencies", "2. Which 苏州 and 深圳 measures overlap", "3. How much funding"):
        assert heading in out
    # 1: the agency with the most measures, and the workload figures
    assert "苏州市工业和信息化局" in out and "12 measures  (lead 1, co 11)" in out
    # 2: a real overlapping pair, and the agency functions they share
    assert "苏州 二.(一).1 加快核心技术突破  <->  深圳 1 加快区块链核心技术攻关突破" in out
    assert "工业和信息化局、科学技术局" in out
    # 3: 苏州's fund of 10亿元 and its 300万元 awards
    assert "关于加快推动区块链技术和产业创新发展的实施意见" in out
    assert "10亿元" in out and "300万元" in out
    assert "Traceback" not in proc.stderr


def test_analytics_tour_takes_another_corpus(tmp_path):
    src = ROOT / "data" / "corpus" / "suzhou-blockchain-opinions-2020-2022.txt"
    (tmp_path / src.name).write_text(src.read_text("utf-8"), "utf-8")
    proc = run_example("analytics_tour.py", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "<PolicyGraph: 1 documents" in proc.stdout
    assert "no 苏州 / 深圳 measures that overlap" in proc.stdout
