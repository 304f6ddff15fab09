"""Extract a corpus and score it against its gold with the shared scorer (tests/data/score.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policykg.loaders import extract, write_json

ROOT = Path(__file__).resolve().parents[1]


def extract_and_score(corpus: Path, gold: Path, out: Path) -> dict:
    """The scorer's JSON report for ``corpus`` (extracted into ``out``) against ``gold``."""
    result = extract([corpus])
    assert not result.errors, [str(e) for e in result.errors]
    for doc in result.documents:
        write_json(doc, out)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests/data/score.py"), "--gold", str(gold), "--pred", str(out), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(proc.stdout)


SOURCES_HEAD = """# Sources of the real development corpus

One row per document: where it was found, what was taken out of its carrier, and the SHA-256 of the stored file. \
Rows were written by the people who wrote each gold file (fragments in sources/).
"""


def render_sources(real: Path) -> str:
    """SOURCES.md of the real corpus: the fragments in ``real/sources/*.md`` under one heading each."""
    parts = [SOURCES_HEAD]
    for frag in sorted((real / "sources").glob("*.md")):
        parts.append(f"\n## From {frag.name}\n\n" + frag.read_text(encoding="utf-8").strip() + "\n")
    return "".join(parts)
