"""Regression: extraction accuracy on the development gold, scored by the project's scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.loaders import extract, write_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scores(tmp_path_factory, corpus_docs):
    out = tmp_path_factory.mktemp("pred")
    for doc in corpus_docs:
        write_json(doc, out)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests/data/score.py"), "--gold", str(ROOT / "tests/data/gold"),
         "--pred", str(out), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(proc.stdout)


def test_overall_f1_at_least_095(scores):
    assert scores["overall_f1"] >= 0.95, json.dumps(scores["fields"], indent=1)


def test_assignment_f1_at_least_095(scores):
    assert scores["fields"]["assignment"]["f1"] >= 0.95


@pytest.mark.parametrize("field", ["metadata", "responsible", "lead", "amounts", "cited_policies", "people"])
def test_core_fields_at_least_090(scores, field):
    assert scores["fields"][field]["f1"] >= 0.90, scores["fields"][field]


def test_every_corpus_document_is_scored(corpus_docs):
    gold = {p.name[: -len(".gold.json")] for p in (ROOT / "tests/data/gold").glob("*.gold.json")}
    assert {d.doc_id for d in corpus_docs} == gold


def test_extraction_is_deterministic(corpus_dir):
    a = [d.to_dict() for d in extract([corpus_dir]).documents]
    b = [d.to_dict() for d in extract([corpus_dir]).documents]
    assert a == b
