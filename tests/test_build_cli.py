"""build / validate / export / remove / queries / query, end to end through the real command line."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[1]
SUZHOU = "suzhou-blockchain-opinions-2020-2022"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_dir):
    tmp = tmp_path_factory.mktemp("build")
    store, out = tmp / "store", tmp / "out"
    proc = run("build", str(corpus_dir), "--out", str(out), "--store", str(store), "--json")
    assert proc.returncode == 0, proc.stderr
    return store, out, json.loads(proc.stdout)


def test_build_writes_store_extraction_and_exports(built, corpus_dir):
    store, out, summary = built
    stems = sorted(p.stem for p in corpus_dir.glob("*.txt"))
    assert sorted(summary["documents"]) == stems and summary["failed"] == []
    assert sorted(p.stem for p in (store / "documents").glob("*.json")) == stems
    assert (store / "rdf" / "CURRENT").exists()
    assert sorted(p.stem for p in (out / "extract").glob("*.json")) == stems
    saved = json.loads((store / "documents" / f"{SUZHOU}.json").read_text("utf-8"))
    assert saved["text"] and saved["measures"]  # with the text, so the graph can be rebuilt
    assert summary["counts"]["nodes"]["Policy"] == len(stems)
    assert summary["rdf"]["documents"] == len(stems) and summary["rdf"]["quads"] > 1000
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"), ("jsonld", "json-ld")):
        path = out / f"graph.{fmt}"
        g = rdflib.Dataset() if fmt in ("trig", "jsonld") else rdflib.Graph()
        g.parse(path, format=parse_as)
        count = len(list(g.quads((None, None, None, None)))) if fmt in ("trig", "jsonld") else len(g)
        assert count == (summary["rdf"]["quads"] if fmt in ("trig", "jsonld") else summary["rdf"]["triples"]), fmt
    import networkx as nx

    G = nx.read_graphml(out / "graph.graphml")
    assert G.number_of_nodes() == sum(summary["counts"]["nodes"].values())


def test_build_text_summary_and_bad_files(tmp_path, corpus_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(corpus_dir / f"{SUZHOU}.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    proc = run("build", str(src), "--out", str(tmp_path / "out"), "--store", str(tmp_path / "store"))
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "Traceback" not in proc.stderr
    assert "1 documents built, 2 failed" in proc.stdout and "nodes: " in proc.stdout
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_build_is_incremental_and_replace_drops_the_rest(tmp_path, corpus_dir):
    from policykg import pipeline

    store = tmp_path / "store"
    files = sorted(corpus_dir.glob("*.txt"))
    for f in files[:2]:
        assert pipeline.run([f], store=store).ok
    assert len(list((store / "documents").glob("*.json"))) == 2
    result = pipeline.run([files[2]], out=tmp_path / "out", store=store, replace=True, exports=("nt",))
    assert result.summary()["store_documents"] == [files[2].stem]
    assert result.rdf["documents"] == 1 and list(result.exports) == ["nt"]


def test_validate(built):
    store, _, _ = built
    proc = run("validate", "--store", str(store))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "conforms" in proc.stdout
    report = json.loads(run("validate", "--store", str(store), "--json").stdout)
    assert report["conforms"] and report["violations"] == []


def test_validate_reports_violations_with_exit_5(tmp_path, gold_docs):
    from policykg import pipeline

    broken = [d for d in gold_docs if d.doc_id == SUZHOU][0]
    import dataclasses

    m = broken.measures[0]  # every unit of its first measure marked lead
    two_leads = dataclasses.replace(m, responsible=tuple(dataclasses.replace(r, role="lead") for r in m.responsible))
    assert len(two_leads.responsible) >= 2
    pipeline.run([dataclasses.replace(broken, measures=(two_leads, *broken.measures[1:]))], store=tmp_path / "store")
    proc = run("validate", "--store", str(tmp_path / "store"))
    assert proc.returncode == 5
    assert f"measure:{SUZHOU}|{m.id}  prov:qualifiedAssociation  a measure has at most one lead agency" in proc.stdout
    data = json.loads(run("validate", "--store", str(tmp_path / "store"), "--json").stdout)
    assert not data["conforms"] and data["violations"][0]["path"] == "prov:qualifiedAssociation"


def test_queries_lists_the_catalogue():
    data = json.loads(run("queries", "--json").stdout)
    assert len(data) >= 12 and all(q["name"] and q["title"] for q in data)
    assert "agency_pairs" in run("queries").stdout


def test_query_formats(built):
    store, _, _ = built
    proc = run("query", "agency_measures", "-p", "agency=苏州市工业和信息化局", "--format", "json", "--store", str(store))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["query"] == "agency_measures" and data["rows"]
    assert ("三.(一)", "lead") in {(r["measure_id"], r["role"]) for r in data["rows"]}
    proc = run("query", "agency_pairs", "-p", "k=3", "--format", "csv", "--store", str(store))
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and all(int(r["shared_measures"]) >= 3 for r in rows)
    proc = run("query", "agency_workload", "--store", str(store))
    assert proc.returncode == 0 and "苏州市工业和信息化局" in proc.stdout


def test_query_errors_name_what_is_wrong(built, tmp_path):
    store, _, _ = built
    proc = run("query", "nope", "--store", str(store))
    assert proc.returncode == 4 and "unknown question 'nope'; questions: " in proc.stderr
    proc = run("query", "agency_pairs", "-p", "k=two", "--store", str(store))
    assert proc.returncode == 4 and "parameter 'k' must be an integer" in proc.stderr
    proc = run("query", "agency_pairs", "-p", "k", "--store", str(store))
    assert proc.returncode == 4 and "is not key=value" in proc.stderr
    proc = run("query", "agency_workload", "--store", str(tmp_path / "missing"))
    assert proc.returncode == 3 and "run policykg build first" in proc.stderr
    proc = run("validate", "--store", str(tmp_path / "missing"))
    assert proc.returncode == 3 and "run policykg build first" in proc.stderr


def test_export_and_remove(built, tmp_path):
    src, _, _ = built
    store = tmp_path / "store"
    shutil.copytree(src, store)
    for fmt in ("ttl", "nq", "graphml"):
        proc = run("export", "--format", fmt, "--out", str(tmp_path / f"g.{fmt}"), "--store", str(store))
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / f"g.{fmt}").stat().st_size > 1000
    proc = run("export", "--format", "xml", "--out", str(tmp_path / "g.xml"), "--store", str(store))
    assert proc.returncode == 3 and "unknown export format 'xml'" in proc.stderr
    proc = run("remove", "futian-reply-20220098-regtech", "--store", str(store))
    assert proc.returncode == 0, proc.stderr
    assert "4 documents left" in proc.stdout
    proc = run("remove", "futian-reply-20220098-regtech", "--store", str(store))
    assert proc.returncode == 3 and "no document 'futian-reply-20220098-regtech'" in proc.stderr
    data = json.loads(run("query", "replies", "-f", "json", "--store", str(store)).stdout)
    assert {r["policy_id"] for r in data["rows"]} == {"futian-reply-20200003-blockchain-supply-chain",
                                                       "futian-reply-2023005-modern-industry"}
    agencies = {r["agency_name"] for r in json.loads(run("query", "agency_workload", "-f", "json", "--store",
                                                         str(store)).stdout)["rows"]}
    assert "苏州市工业和信息化局" in agencies


def test_build_writes_the_html_views_unless_told_not_to(tmp_path):
    import json as _json
    import subprocess as _sp
    import sys as _sys
    from pathlib import Path as _Path

    doc = _Path(__file__).resolve().parents[1] / "data" / "corpus" / "suzhou-blockchain-opinions-2020-2022.txt"
    cmd = [_sys.executable, "-m", "policykg", "build", str(doc), "--store", str(tmp_path / "store"), "--json"]
    done = _sp.run(cmd + ["--out", str(tmp_path / "a")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    index = tmp_path / "a" / "views" / "index.html"
    assert _json.loads(done.stdout)["exports"]["html"] == str(index)
    assert "苏州市工业和信息化局" in index.read_text("utf-8")
    done = _sp.run(cmd + ["--out", str(tmp_path / "b"), "--no-views"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "b" / "views").exists()
