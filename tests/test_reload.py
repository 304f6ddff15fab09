"""Reloads of the persisted RDF store through the command line: the same corpus built three times, a
changed document rebuilt, a document removed.  "Right" is always a clean build of the same documents."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.errors import UnknownAgencyError
from policykg.queries import list_questions, run_question

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
SUZHOU = "suzhou-blockchain-opinions-2020-2022"
REMOVED = "futian-reply-20220098-regtech"
ORG = "http://www.w3.org/ns/org#FormalOrganization"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


def run(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def quads(store: Path) -> list[str]:
    from policykg.stores.directory import open_store

    with open_store(store) as rdf:
        return sorted(str(q) for q in rdf.store)


def agencies(store: Path) -> set[str]:
    from policykg.stores.directory import open_store

    with open_store(store) as rdf:
        return {r["n"] for r in rdf.query(f"SELECT ?n WHERE {{ ?a a <{ORG}> ; <{LABEL}> ?n }}")}


def clean_build(paths: list[Path], store: Path) -> Path:
    from policykg import pipeline

    assert pipeline.run(paths, store=store).ok
    return store


def answers(store: Path) -> dict[str, list]:
    """Every canned question's rows (required parameters filled with values the corpus has)."""
    values = {"agency": "苏州市工业和信息化局", "jurisdiction": "深圳市", "policy": SUZHOU, "date": "2022-06-01"}
    out = {}
    for q in list_questions():
        params = {p.name: values[p.name] for p in q.params if p.default is None}
        out[q.name] = run_question(q.name, params, engine="rdf", store_dir=store)["rows"]
    return out


def test_building_the_same_corpus_three_times_changes_nothing(tmp_path):
    store = tmp_path / "store"
    seen = []
    for _ in range(3):
        summary = json.loads(run("build", str(CORPUS), "--store", str(store), "--out", str(tmp_path / "out"),
                                 "--json").stdout)
        seen.append((summary["rdf"], summary["counts"], quads(store), answers(store)))
    assert seen[0] == seen[1] == seen[2]
    rdf, counts, first, rows = seen[0]
    assert rdf["quads"] == len(first) == len(set(first)) and rdf["documents"] == 5
    assert sum(len(r) for r in rows.values()) > 50  # the comparison is between real answers
    assert first == quads(clean_build([CORPUS], tmp_path / "clean"))


def _changed_suzhou(text: str) -> tuple[str, str, str]:
    """The Suzhou opinions with one measure deleted and two lists of responsible units shortened; returns the
    new text, the title of the deleted measure and the title of the measure that no longer names 市科协."""
    lines = text.splitlines()
    title = lambda k: lines[k].strip().split("。")[0]  # noqa: E731 - a task's title is its first sentence
    deleted = next(k for k, ln in enumerate(lines) if ln.strip().startswith("提升金融支持力度"))
    shortened = next(k for k, ln in enumerate(lines) if ln.rstrip().endswith("(市工信局、市科技局、市科协)"))
    gone, changed = title(deleted), title(shortened)
    del lines[deleted]
    new = "\n".join(lines)
    for old, short in (("(市工信局、市科技局、市大数据局、市行政审批局)", "(市工信局、市科技局、市大数据局)"),
                       ("(市工信局、市科技局、市科协)", "(市工信局、市科技局)")):
        assert new.count(old) == 1
        new = new.replace(old, short)
    return new, gone, changed


def test_a_changed_document_replaces_its_facts_and_leaves_none_stale(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    store = tmp_path / "store"
    run("build", str(src), "--store", str(store), "--out", str(tmp_path / "out"))
    before = run_question("policy_responsibilities", {"policy": SUZHOU}, store_dir=store)["rows"]
    shenpi = {r["agency_name"] for r in before if r["as_written"] == "市行政审批局"}
    assert len(shenpi) == 1
    (shenpi,) = shenpi
    assert run_question("agency_measures", {"agency": shenpi}, store_dir=store)["rows"]
    assert shenpi in agencies(store)
    path = src / f"{SUZHOU}.txt"
    changed, gone_title, changed_title = _changed_suzhou(path.read_text("utf-8"))
    path.write_text(changed, "utf-8")

    run("build", str(src), "--store", str(store), "--out", str(tmp_path / "out"))
    after = run_question("policy_responsibilities", {"policy": SUZHOU}, store_dir=store)["rows"]
    assert quads(store) == quads(clean_build([src], tmp_path / "clean"))  # nothing stale anywhere
    # the deleted measure is gone, and only it
    gone = {r["measure_id"] for r in before if r["measure_title"] and gone_title.startswith(r["measure_title"])}
    assert len(gone) == 1
    assert {r["measure_id"] for r in after} == {r["measure_id"] for r in before} - gone
    # the agency only that list named is gone from the store; the dropped edge is gone
    with pytest.raises(UnknownAgencyError):  # an agency no document names any more is unknown, not an empty answer
        run_question("agency_measures", {"agency": shenpi}, store_dir=store)
    assert shenpi not in agencies(store)
    shortened = {r["measure_id"] for r in before if r["measure_title"] and changed_title.startswith(r["measure_title"])}
    assert len(shortened) == 1
    assert "市科协" in {r["as_written"] for r in before if r["measure_id"] in shortened}
    assert "市科协" not in {r["as_written"] for r in after if r["measure_id"] in shortened}
    assert {r["as_written"] for r in after if r["measure_id"] in shortened} >= {"市工信局", "市科技局"}


def test_remove_drops_the_document_but_keeps_shared_agencies(tmp_path):
    from policykg.stores.directory import read_documents

    store = tmp_path / "store"
    run("build", str(CORPUS), "--store", str(store), "--out", str(tmp_path / "out"))
    docs = {d.doc_id: d for d in read_documents(store)}

    def named(doc) -> set[str]:
        return {r.normalized for m in doc.measures for r in m.responsible} | set(doc.issuer)

    removed = named(docs[REMOVED])
    kept = set().union(*(named(d) for k, d in docs.items() if k != REMOVED))
    assert removed & kept and removed - kept  # the corpus has both kinds: the test can tell them apart
    proc = run("remove", REMOVED, "--store", str(store))
    assert "4 documents left" in proc.stdout
    rest = [p for p in sorted(CORPUS.glob("*.txt")) if p.stem != REMOVED]
    assert quads(store) == quads(clean_build(rest, tmp_path / "clean"))
    now = agencies(store)
    assert removed & kept <= now and not (removed - kept) & now
    assert all(REMOVED not in q for q in quads(store))
    for name in sorted(removed & kept):
        rows = run_question("agency_measures", {"agency": name}, store_dir=store)["rows"]
        assert all(r.get("policy_id") != REMOVED for r in rows), name


@pytest.mark.parametrize("doc_id", ["nope", "../documents", ""])
def test_remove_of_an_unknown_document_changes_nothing(tmp_path, doc_id):
    store = tmp_path / "store"
    run("build", str(CORPUS / f"{SUZHOU}.txt"), "--store", str(store), "--out", str(tmp_path / "out"))
    first = quads(store)
    proc = subprocess.run([sys.executable, "-m", "policykg", "remove", doc_id, "--store", str(store)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: no document {doc_id!r}") and len(proc.stderr.strip().splitlines()) == 1
    assert quads(store) == first
