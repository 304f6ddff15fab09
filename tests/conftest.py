"""Shared fixtures: the sample corpus, its extraction and graph, and real-component gates.

A test that needs a real component (Neo4j, Chromium) uses :func:`require`: a
missing component FAILS the test with the reason, in CI and on a developer
machine alike (``make test`` promises every test runs). Set
``POLICYKG_ALLOW_SKIP=1`` to skip such tests instead, e.g. for a quick local run.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Helper modules (_*.py) are imported by the tests that need them, not collected (--doctest-modules
# would import them as test modules, outside the sys.path their importers set up).
collect_ignore_glob = ["_*.py"]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


def require(ok: bool, what: str, how: str) -> None:
    """Fail (or skip, when ``POLICYKG_ALLOW_SKIP=1``) when a real component is missing."""
    if ok:
        return
    message = f"{what} is not available: {how}"
    if os.environ.get("POLICYKG_ALLOW_SKIP") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_docs():
    from policykg.loaders import extract

    result = extract([CORPUS])
    assert not result.errors, result.errors
    return result.documents


@pytest.fixture(scope="session")
def corpus_graph(corpus_docs):
    from policykg.graph import build_graph

    return build_graph(corpus_docs)


@pytest.fixture(scope="session")
def gold_docs():
    """The hand-made gold as PolicyDocument models (doc_id = file stem)."""
    from policykg.schema.models import PolicyDocument

    docs = []
    for path in sorted(GOLD.glob("*.gold.json")):
        data = json.loads(path.read_text("utf-8"))
        data["doc_id"] = path.name[: -len(".gold.json")]
        docs.append(PolicyDocument.from_dict(data))
    return docs


@pytest.fixture(scope="session")
def gold_graph(gold_docs):
    from policykg.graph import build_graph

    return build_graph(gold_docs)
