"""Extraction throughput vs jieba's segmentation alone, over the same >= 5 MB of text, same run.

Usage: .venv/bin/python bench/bench_extract.py [--mb 5] [--repeats 3]
Writes bench/results/extract.json.  Target: extraction at least as fast as jieba.lcut.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, timed, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text (UTF-8) to process")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)

    import jieba

    from policykg.loaders import parse_document

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [(p.stem, p.read_text("utf-8")) for p in sorted((ROOT / "data/corpus").glob("*.txt"))]
    corpus_bytes = sum(len(t.encode("utf-8")) for _, t in texts)
    copies = max(1, int(args.mb * 1024 * 1024 / corpus_bytes) + 1)
    batch = [(f"{stem}-{i}", text) for i in range(copies) for stem, text in texts]
    total_bytes = corpus_bytes * copies
    total_chars = sum(len(t) for _, t in batch)
    parse_document(texts[0][1], source="warmup.txt")  # load lazy resources once, like jieba.initialize

    def run_extract() -> None:
        for doc_id, text in batch:
            parse_document(text, source=f"{doc_id}.txt", doc_id=doc_id)

    def run_jieba() -> None:
        for _, text in batch:
            jieba.lcut(text)

    t_extract = timed(run_extract, args.repeats)
    t_jieba = timed(run_jieba, args.repeats)
    m_extract, m_jieba = median(t_extract), median(t_jieba)
    result = {
        "documents": len(batch),
        "distinct_documents": len(texts),
        "copies": copies,
        "bytes": total_bytes,
        "chars": total_chars,
        "repeats": args.repeats,
        "extract_seconds": t_extract,
        "jieba_seconds": t_jieba,
        "extract_median_s": m_extract,
        "jieba_median_s": m_jieba,
        "extract_mb_per_s": total_bytes / m_extract / 1e6,
        "jieba_mb_per_s": total_bytes / m_jieba / 1e6,
        "ratio_extract_speed_over_jieba": m_jieba / m_extract,
        "target": "ratio >= 1 (extraction at least as fast as jieba.lcut alone)",
        "meets_target": m_jieba / m_extract >= 1.0,
    }
    path = write_results("extract", result)
    print(f"extraction {result['extract_mb_per_s']:.2f} MB/s, jieba.lcut {result['jieba_mb_per_s']:.2f} MB/s, "
          f"ratio {result['ratio_extract_speed_over_jieba']:.2f}x -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
