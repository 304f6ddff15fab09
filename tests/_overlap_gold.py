"""The real development corpus and the blind overlap gold (tests/data/overlap_gold), shared by the overlap tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests/data/real"
GOLD = ROOT / "tests/data/overlap_gold/pairs.tsv"


#: the corpus the gold was sampled from (later batches would change the idf and the policies compared)
GOLD_CORPUS = ("corpus", "batch2/corpus", "batch3/corpus", "batch4/corpus", "batch5/corpus", "batch6/corpus")


@lru_cache(maxsize=1)
def real_documents() -> tuple:
    """The 71 documents of the real development corpus the gold comes from, extracted once per session."""
    from policykg.loaders import extract

    dirs = [REAL / d for d in GOLD_CORPUS]
    result = extract(dirs)
    assert not result.errors, result.errors
    return tuple(result.documents)


@dataclass(frozen=True)
class GoldPair:
    """One labelled pair; ``weight`` is how many pairs of its score band it stands for."""

    pair: int
    band: str
    weight: float
    a: tuple[str, str, str]  # doc id, measure id, first 60 characters of the text
    b: tuple[str, str, str]
    same: bool


def gold_pairs() -> list[GoldPair]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        r = dict(zip(head, line.split("\t")))
        out.append(GoldPair(int(r["pair"]), r["band"], int(r["band_pairs"]) / int(r["band_sampled"]),
                            (r["doc_a"], r["measure_a"], r["text_a"]), (r["doc_b"], r["measure_b"], r["text_b"]),
                            r["label"] == "same"))
    return out


def _prefix(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()[:60].replace("\t", " ").replace("\\", "")


_NUMBER = re.compile(r"^(?:[0-9]+[.、．]|[（(][一二三四五六七八九十0-9]+[)）])")


def _core(text: str) -> str:
    """Text without whitespace or a leading item number: how a measure reads whatever its layout."""
    return _NUMBER.sub("", re.sub(r"[\s\\]+", "", text or ""))


def find_measure(g, doc: str, measure_id: str, text: str) -> str | None:  # noqa: ANN001 - PolicyGraph
    """The key of a gold measure: by its id when its text still starts the same, else by its text.

    The text is matched as written first, then without whitespace and item numbers, anywhere in one
    measure of the same document: reading a page's bold runs inline (``明确 服务包`` became
    ``明确服务包``) or an annex task row read as the body measure it repeats leaves the task the gold
    labelled, under another id.
    """
    node = g.nodes.get(f"measure:{doc}|{measure_id}")
    if node is not None and _prefix(node.get("text")) == text:
        return node.key
    measures = [m for m in g.by_label("Measure") if m.get("policy") == doc]
    exact = next((m.key for m in measures if _prefix(m.get("text")) == text), None)
    if exact is not None:
        return exact
    core = _core(text)[:30]
    found = [m.key for m in measures if len(core) >= 12 and core in _core(m.get("text"))]
    return found[0] if len(found) == 1 else None


def score_gold(g) -> dict:  # noqa: ANN001 - PolicyGraph
    """Precision and recall of the graph's OVERLAPS edges on the gold, on the sample and weighted by band."""
    edges = {tuple(sorted((e.src, e.dst))) for e in g.edges_of("OVERLAPS")}
    tp = fp = pos = wtp = wfp = wpos = 0.0
    missing = []
    for p in gold_pairs():
        ka, kb = find_measure(g, *p.a), find_measure(g, *p.b)
        if ka is None or kb is None:
            missing.append(p.pair)
            continue
        hit = tuple(sorted((ka, kb))) in edges
        tp, fp, pos = tp + (hit and p.same), fp + (hit and not p.same), pos + p.same
        wtp, wfp, wpos = wtp + p.weight * (hit and p.same), wfp + p.weight * (hit and not p.same), wpos + p.weight * p.same
    return {"precision": tp / max(1, tp + fp), "recall": tp / max(1, pos), "tp": int(tp), "fp": int(fp),
            "positives": int(pos), "weighted_precision": wtp / max(1e-9, wtp + wfp),
            "weighted_recall": wtp / max(1e-9, wpos), "missing": missing}
