"""Extraction on real documents (tests/data/real): the score that says whether the rules generalise.

The gold was written blind (tests/data/real/README.md). Thresholds sit a little below the scores
measured on 2026-12-05 so that no change silently makes the rules less general; they are floors to
raise as the rules improve, not targets.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import extract_and_score, render_sources  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests/data/real"

# measured 2026-12-07 (session 20) on batches 1-74 (444 documents; batches 66-74 blind at 0.445, 0.702, 0.675, 0.501,
# 0.610, 0.566, 0.411 (0.440 after a gold slip), 0.630, 0.338; pooled blind 0.596): overall 0.760,
# metadata 0.904, responsible 0.762, assignment 0.741, lead 0.877, amounts 0.902,
# enterprises 0.778, platforms 0.435, programs 0.371, cited 0.927, people 0.908.
# The 399 documents of session 19 went 0.764 -> 0.767; the lead floor is lower than session 19's because batch 73's
# flattened task tables and batch 69's plans lead little, not because the old documents fell (their lead 0.895 -> 0.899).
OVERALL_MIN = 0.75
# Session 22 (511 documents, batches 80-89 blind at 0.746-0.280): enterprises 0.76 -> 0.74, platforms 0.42 -> 0.415 and
# programs 0.36 -> 0.355, because the new batches name many companies, banks and platforms the rules miss (batch 85's
# 26 banks, batch 86's storage-project owners), not because the older documents fell (theirs are unchanged).
# Session 23 (556 documents, batches 90-100 blind at 0.646-0.197): responsible 0.755 -> 0.75, assignment 0.735 -> 0.725 and
# amounts 0.895 -> 0.885, because the new batches' unseen conventions pull the pooled figures down (their blind
# responsible 0.56, amounts 0.78), not because the older documents fell (the 511 older ones: assignment 0.7445 -> 0.7454,
# amounts 0.8960 -> 0.8958, one more 100元/人月 in batch 21 that its gold counts once).
# Session 24 (614 documents, batches 101-114 blind at 0.726-0.392): programs 0.355 -> 0.35, because the new batches' golds
# name programs the rules miss (their programs 0.2-0.4), not because the older documents fell (the 556 older ones: 0.3587
# before and after; overall 0.7597 -> 0.7601, no field fell).
FIELD_MIN = {"metadata": 0.90, "responsible": 0.75, "assignment": 0.725, "lead": 0.885, "amounts": 0.885,
             "enterprises": 0.74, "platforms": 0.415, "programs": 0.35, "cited_policies": 0.91, "people": 0.91}
BATCHES = [REAL, *sorted(p for p in REAL.glob("batch*") if p.is_dir())]


@pytest.fixture(scope="module")
def real_scores(tmp_path_factory):
    """Every batch extracted and scored as one corpus (documents of all batches in one folder)."""
    corpus, gold = tmp_path_factory.mktemp("real-corpus"), tmp_path_factory.mktemp("real-gold")
    for batch in BATCHES:
        for p in (batch / "corpus").iterdir():
            (corpus / p.name).symlink_to(p)
        for p in (batch / "gold").glob("*.gold.json"):
            (gold / p.name).symlink_to(p)
    return extract_and_score(corpus, gold, tmp_path_factory.mktemp("real-pred"))


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_every_real_document_has_gold_and_a_source_row(batch):
    corpus = {p.name.split(".")[0] for p in (batch / "corpus").iterdir()}
    gold = {p.name[: -len(".gold.json")] for p in (batch / "gold").glob("*.gold.json")}
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert corpus == gold and corpus
    assert all(stem in sources for stem in corpus)


def test_sources_file_is_the_fragments_joined():
    """SOURCES.md is generated from sources/*.md (scripts/real-sources)."""
    assert (REAL / "SOURCES.md").read_text(encoding="utf-8") == render_sources(REAL)


def test_real_overall_f1(real_scores):
    assert real_scores["overall_f1"] >= OVERALL_MIN, json.dumps(real_scores["fields"], indent=1)


@pytest.mark.parametrize("field", sorted(FIELD_MIN))
def test_real_field_f1(real_scores, field):
    assert real_scores["fields"][field]["f1"] >= FIELD_MIN[field], json.dumps(real_scores["fields"][field])
