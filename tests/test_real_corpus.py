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
from _scoring import extract_and_score  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests/data/real"

# measured 2026-12-05 on batch 1 (23 documents): overall 0.496, metadata 0.848, responsible 0.437,
# assignment 0.431, lead 0.230, amounts 0.910, cited 0.828
OVERALL_MIN = 0.47
FIELD_MIN = {"metadata": 0.82, "responsible": 0.41, "assignment": 0.40, "lead": 0.20, "amounts": 0.88,
             "cited_policies": 0.80}


@pytest.fixture(scope="module")
def real_scores(tmp_path_factory):
    return extract_and_score(REAL / "corpus", REAL / "gold", tmp_path_factory.mktemp("real-pred"))


def test_every_real_document_has_gold_and_a_source_row():
    corpus = {p.name.split(".")[0] for p in (REAL / "corpus").iterdir()}
    gold = {p.name[: -len(".gold.json")] for p in (REAL / "gold").glob("*.gold.json")}
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert corpus == gold and len(corpus) >= 20
    assert all(stem in sources for stem in corpus)


def test_real_overall_f1(real_scores):
    assert real_scores["overall_f1"] >= OVERALL_MIN, json.dumps(real_scores["fields"], indent=1)


@pytest.mark.parametrize("field", sorted(FIELD_MIN))
def test_real_field_f1(real_scores, field):
    assert real_scores["fields"][field]["f1"] >= FIELD_MIN[field], json.dumps(real_scores["fields"][field])
