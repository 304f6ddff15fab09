"""Extraction vs jieba's segmentation alone: on distinct real-looking documents (issue 18) and on repeated samples.

Usage: .venv/bin/python bench/bench_extract.py [--mb 5] [--repeats 3] [--rounds 3] [--docs 1000]
Writes bench/results/extract.json.  Target (issue 18): extraction at least as fast as jieba.lcut on
distinct real-looking documents, warm caches not counted.

* **distinct** (the issue's comparison): the real development corpus (``tests/data/real/**/corpus/*``, every
  file policykg's loaders collect there, its text as they read it) and the generated corpus
  (``bench/generate_corpus.py``, synthetic, the corpus the build benchmark uses).  Each round is a fresh
  process: import, one warm-up of both on a document of neither corpus (``data/corpus``'s first text:
  lazy resources and first-call costs excluded), then every document extracted once
  (``parse_document`` on the text read) and segmented once (``jieba.lcut`` on the same text), each
  call timed alone; the order (extraction or jieba first) alternates round by round.  A document is
  never extracted twice in a process, so no cache holds its own earlier result.
* **repeated**: the 5 texts of data/corpus copied to >= ``--mb`` MB, whole batch timed ``--repeats``
  times in one process (caches stay warm; kept for comparison with earlier runs, no target).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, timed, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
TARGET = 1.0


def real_paths() -> list[Path]:
    """The real development corpus as policykg's loaders collect it (``tests/data/real/**/corpus``)."""
    from policykg.loaders.document import collect_paths

    dirs = sorted(p for p in REAL.rglob("corpus") if p.is_dir())
    return [p for p in collect_paths(dirs) if isinstance(p, Path)]


def generated_paths(n: int, seed: int) -> list[Path]:
    from bench_build import corpus

    return sorted(corpus(ROOT / "bench" / ".work", n, seed).glob("*.txt"))


def worker(paths_file: Path, jieba_first: bool) -> dict:
    """One round in this (fresh) process: warm up on a third document, then each document once, both ways."""
    import jieba

    from policykg.loaders import parse_document
    from policykg.loaders.reading.files import read_text

    paths = [Path(p) for p in json.loads(paths_file.read_text("utf-8"))]
    texts = [(p, read_text(p)[0]) for p in paths]
    warm = sorted((ROOT / "data" / "corpus").glob("*.txt"))[0].read_text("utf-8")
    jieba.setLogLevel(60)
    jieba.lcut(warm)
    parse_document(warm, source="warmup.txt")

    def run_extract() -> list[float]:
        out = []
        for p, text in texts:
            t0 = time.perf_counter()
            parse_document(text, source=str(p))
            out.append(time.perf_counter() - t0)
        return out

    def run_jieba() -> list[float]:
        out = []
        for _, text in texts:
            t0 = time.perf_counter()
            jieba.lcut(text)
            out.append(time.perf_counter() - t0)
        return out

    if jieba_first:
        j = run_jieba()
        e = run_extract()
    else:
        e = run_extract()
        j = run_jieba()
    return {"extract_s": sum(e), "jieba_s": sum(j), "jieba_first": jieba_first,
            "bytes": sum(len(t.encode("utf-8")) for _, t in texts), "chars": sum(len(t) for _, t in texts),
            "slowest": sorted(((round(x, 3), str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p))
                               for x, (p, _) in zip(e, texts)), reverse=True)[:3]}


def distinct(name: str, paths: list[Path], rounds: int, work: Path) -> dict:
    """``rounds`` fresh processes over ``paths``; medians and the speed ratio jieba s ÷ extraction s."""
    listing = work / f"extract-{name}.json"
    listing.write_text(json.dumps([str(p) for p in paths]), "utf-8")
    runs = []
    for i in range(rounds):
        proc = subprocess.run([sys.executable, __file__, "--worker", str(listing)] + (["--jieba-first"] if i % 2 else []),
                              capture_output=True, text=True, cwd=ROOT, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"{name} round {i + 1}: extraction {runs[-1]['extract_s']:.2f} s, jieba {runs[-1]['jieba_s']:.2f} s",
              flush=True)
    m_e, m_j = median([r["extract_s"] for r in runs]), median([r["jieba_s"] for r in runs])
    ratio = round(m_j / m_e, 2)
    return {"documents": len(paths), "bytes": runs[0]["bytes"], "chars": runs[0]["chars"], "rounds": rounds,
            "runs": runs, "extract_median_s": round(m_e, 3), "jieba_median_s": round(m_j, 3),
            "extract_mb_per_s": round(runs[0]["bytes"] / m_e / 1e6, 3),
            "jieba_mb_per_s": round(runs[0]["bytes"] / m_j / 1e6, 3),
            "ratio_extract_speed_over_jieba": ratio,
            "per_round": [round(r["jieba_s"] / r["extract_s"], 2) for r in runs],
            "target": {"target": f">= {TARGET:g} (extraction at least as fast as jieba.lcut)", "limit": TARGET,
                       "higher_is_better": True, "value": ratio, "met": ratio >= TARGET}}


def repeated(mb: float, repeats: int) -> dict:
    """The 5 sample texts copied to >= ``mb`` MB, the whole batch timed in one process (warm caches)."""
    import jieba

    from policykg.loaders import parse_document

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [(p.stem, p.read_text("utf-8")) for p in sorted((ROOT / "data/corpus").glob("*.txt"))]
    corpus_bytes = sum(len(t.encode("utf-8")) for _, t in texts)
    copies = max(1, int(mb * 1024 * 1024 / corpus_bytes) + 1)
    batch = [(f"{stem}-{i}", text) for i in range(copies) for stem, text in texts]
    parse_document(texts[0][1], source="warmup.txt")
    t_extract = timed(lambda: [parse_document(t, source=f"{d}.txt", doc_id=d) for d, t in batch], repeats)
    t_jieba = timed(lambda: [jieba.lcut(t) for _, t in batch], repeats)
    m_e, m_j = median(t_extract), median(t_jieba)
    return {"documents": len(batch), "distinct_documents": len(texts), "copies": copies,
            "bytes": corpus_bytes * copies, "repeats": repeats, "extract_seconds": t_extract,
            "jieba_seconds": t_jieba, "extract_median_s": m_e, "jieba_median_s": m_j,
            "extract_mb_per_s": corpus_bytes * copies / m_e / 1e6, "jieba_mb_per_s": corpus_bytes * copies / m_j / 1e6,
            "ratio_extract_speed_over_jieba": round(m_j / m_e, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text (UTF-8) for the repeated comparison")
    ap.add_argument("--repeats", type=int, default=3, help="runs of the repeated comparison")
    ap.add_argument("--rounds", type=int, default=3, help="fresh processes per distinct corpus")
    ap.add_argument("--docs", type=int, default=1000, help="documents of the generated corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--jieba-first", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.jieba_first)))
        return 0
    work = ROOT / "bench" / ".work"
    work.mkdir(parents=True, exist_ok=True)
    result = {"distinct": {
        "real": {"corpus": "tests/data/real/**/corpus (the real development corpus)",
                 **distinct("real", real_paths(), args.rounds, work)},
        "generated": {"corpus": f"bench/generate_corpus.py, {args.docs} documents, seed {args.seed} (synthetic)",
                      **distinct("generated", generated_paths(args.docs, args.seed), args.rounds, work)}},
        "repeated": repeated(args.mb, args.repeats)}
    path = write_results("extract", result)
    for name, d in result["distinct"].items():
        print(f"{name}: {d['documents']} distinct documents, extraction {d['extract_median_s']} s, jieba.lcut "
              f"{d['jieba_median_s']} s: extraction speed {d['ratio_extract_speed_over_jieba']}x jieba's -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
