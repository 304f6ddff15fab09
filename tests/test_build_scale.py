"""Building large corpora: the synthetic corpus generator, parallel streaming builds, the vectorized overlap.

No timing is asserted here (speed is measured by bench/bench_build.py); these tests check that the
parallel, streaming build gives exactly what the one-shot projection of the same documents gives.
"""
from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from policykg.graph.boilerplate import safeguard_measures
from policykg.graph.build import build_graph
from policykg.graph.model import PolicyGraph
from policykg.graph.overlap import (
    AGENCY_BOOST,
    MAX_NEIGHBOURS,
    MAX_POSTINGS,
    POLICY_FULL,
    THRESHOLD,
    TOP_WORDS,
    agency_function,
    measure_words,
    overlap_edges,
    place_words,
)
from policykg.pipeline import run
from policykg.stores.directory import open_store, read_documents
from policykg.stores.rdf import RDFStore
from policykg.workers import build_one

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import generate_corpus  # noqa: E402


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    generate_corpus.generate(24, out, seed=11)
    return out


def quads(store: Path) -> set[str]:
    with open_store(store) as rdf:
        return {str(q) for q in rdf.store}


# -- the generator ----------------------------------------------------------------------------------

def test_generator_is_deterministic_and_says_it_is_for_benchmarks(tmp_path):
    a, b, c = (generate_corpus.generate(8, tmp_path / name, seed=seed) for name, seed in
               (("a", 3), ("b", 3), ("c", 4)))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]
    assert "BENCHMARKS ONLY" in (tmp_path / "a" / "README.md").read_text("utf-8")
    assert "BENCHMARKS ONLY" in generate_corpus.__doc__


def test_generated_documents_exercise_every_extraction_path(synthetic):
    result = run([synthetic], store=synthetic.parent / "store-paths", jobs=1)
    assert result.ok and len(result.documents) == 24  # README.md is not a document
    docs = result.graph.documents.values()
    assert Counter(d.doc_type for d in docs) == {"action_plan": 6, "funding_measures": 6,
                                                 "implementing_opinion": 6, "proposal_reply": 6}
    assert {d.jurisdiction.level for d in docs} >= {"city", "district"}
    assert all(d.doc_number for d in docs if d.doc_type != "proposal_reply")
    assert all(d.proposal and d.proposal.proposers for d in docs if d.doc_type == "proposal_reply")
    kinds = Counter(a.kind for d in docs for m in d.measures for a in m.amounts)
    assert {"cap", "fixed", "ratio"} <= set(kinds)
    assert Counter(r.role for d in docs for m in d.measures for r in m.responsible).keys() >= {"lead", "co"}
    assert any(d.enterprises for d in docs) and any(d.platforms for d in docs) and any(d.programs for d in docs)
    counts = result.graph.counts()
    assert counts["edges"]["CITES"] > counts["nodes"]["Citation"]  # some citations resolve to generated documents
    assert counts["edges"]["OVERLAPS"] > 0 and counts["edges"]["CO_RESPONSIBLE"] > 0
    assert counts["edges"]["PART_OF"] > 0  # district < city < province


# -- the parallel, streaming build ------------------------------------------------------------------

def test_parallel_build_equals_serial_build_and_the_reference_projection(synthetic, tmp_path):
    serial = run([synthetic], out=tmp_path / "out1", store=tmp_path / "s1", jobs=1, exports=("nt", "graphml"))
    parallel = run([synthetic], out=tmp_path / "out2", store=tmp_path / "s2", jobs=2, exports=("nt", "graphml"))
    assert serial.jobs == 1 and parallel.jobs == 2
    assert serial.rdf == parallel.rdf and serial.graph.counts() == parallel.graph.counts()
    q1 = quads(tmp_path / "s1")
    assert q1 == quads(tmp_path / "s2")
    reference = RDFStore()
    reference.load_graph(build_graph(read_documents(tmp_path / "s1")))
    assert q1 == {str(q) for q in reference.store}
    assert (tmp_path / "out1" / "graph.nt").read_bytes() == (tmp_path / "out2" / "graph.nt").read_bytes()
    with open_store(tmp_path / "s2") as rdf:  # exports written from the build's N-Quads equal the store's
        assert set((tmp_path / "out2" / "graph.nt").read_bytes().splitlines()) == set(rdf.dump("nt").splitlines())
    assert sorted(p.name for p in (tmp_path / "out2" / "extract").glob("*.json")) == \
        sorted(f"{d}.json" for d in parallel.documents)
    assert not list((tmp_path / "s2" / "documents").glob(".*.tmp"))


def test_an_incremental_build_exports_the_whole_store(synthetic, tmp_path):
    files = sorted(synthetic.glob("*.txt"))
    store = tmp_path / "store"
    assert run(files[:10], store=store, jobs=2).ok
    result = run(files[10:14], out=tmp_path / "out", store=store, jobs=2, exports=("nt", "nq", "trig"))
    assert result.ok and len(result.graph.documents) == 14
    with open_store(store) as rdf:
        for fmt in ("nt", "nq"):
            assert set((tmp_path / "out" / f"graph.{fmt}").read_bytes().splitlines()) == \
                set(rdf.dump(fmt).splitlines()), fmt
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_workers_send_no_text_back_and_the_store_keeps_it(synthetic, tmp_path):
    path = sorted(synthetic.glob("*.txt"))[0]
    (tmp_path / "docs").mkdir()
    built = build_one((0, path, tmp_path / "docs", None, True))
    assert built.doc.text == "" and built.doc.measures
    saved = json.loads(built.saved.read_text("utf-8"))
    assert saved["text"] == path.read_text("utf-8")
    assert set(built.words) == {f"measure:{built.doc.doc_id}|{m.id}" for m in built.doc.measures}
    result = run([path], store=tmp_path / "store", jobs=1)
    assert all(d.text == "" for d in result.graph.documents.values())  # the models in memory have no text
    assert json.loads((tmp_path / "store" / "documents" / f"{path.stem}.json").read_text("utf-8"))["text"]


def test_a_repeated_document_id_is_reported_and_the_first_kept_in_parallel_too(synthetic, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    files = sorted(synthetic.glob("*.txt"))
    for d in (first, second):
        d.mkdir()
    shutil.copy(files[0], first / "same.txt")
    shutil.copy(files[1], second / "same.txt")
    shutil.copy(files[2], second / files[2].name)
    results = [run([first, second], store=tmp_path / f"store{jobs}", jobs=jobs) for jobs in (1, 2)]
    for result in results:
        assert sorted(result.documents) == sorted(["same", files[2].stem])
        assert len(result.errors) == 1 and "same" in str(result.errors[0])
    saved = json.loads((tmp_path / "store2" / "documents" / "same.json").read_text("utf-8"))
    assert saved["text"] == files[0].read_text("utf-8")
    assert quads(tmp_path / "store1") == quads(tmp_path / "store2")


def test_build_command_reports_speed_and_honours_jobs_and_exports(synthetic, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "policykg", "build", str(synthetic), "--out", str(tmp_path / "out"),
                           "--store", str(tmp_path / "store"), "--jobs", "2", "--exports", "ttl", "--no-views",
                           "--json"], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar when stderr is not a terminal
    summary = json.loads(proc.stdout)
    assert summary["jobs"] == 2 and summary["seconds"] > 0
    assert summary["documents_per_second"] == pytest.approx(len(summary["documents"]) / summary["seconds"], rel=0.05)
    assert {"extract", "graph", "store", "export:ttl"} <= set(summary["timings"])
    assert list(summary["exports"]) == ["ttl"] and not (tmp_path / "out" / "graph.nt").exists()
    text = subprocess.run([sys.executable, "-m", "policykg", "build", str(synthetic), "--out", str(tmp_path / "o2"),
                           "--store", str(tmp_path / "st2"), "-j", "1", "--exports", "none", "--no-views"],
                          capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert text.returncode == 0, text.stderr
    assert "documents/s (1 jobs)" in text.stdout and not list((tmp_path / "o2").glob("graph.*"))
    bad = subprocess.run([sys.executable, "-m", "policykg", "build", str(synthetic), "--out", str(tmp_path / "o3"),
                          "--store", str(tmp_path / "st3"), "--exports", "xml", "--no-views"],
                         capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert bad.returncode == 3 and "unknown export format 'xml'" in bad.stderr


# -- the vectorized overlap against the algorithm as documented, pair by pair -----------------------

def _cosine(u: dict[str, float], v: dict[str, float]) -> float:
    return sum(u[w] * v[w] for w in u.keys() & v.keys())


def _reference_overlaps(g: PolicyGraph) -> dict[tuple[str, str], tuple[float, float, float, float]]:
    """The overlap module's docstring, written out with dicts and loops (fine for a small corpus):
    candidate pair -> ``(score, content, agencies, policies)``."""
    boilerplate = safeguard_measures(g.by_label("Measure"))
    measures = [m for m in g.by_label("Measure") if m.key not in boilerplate]
    places = place_words(g)
    words = {m.key: measure_words(m.get("title") or m.name, m.get("text") or "", places) for m in measures}
    df = Counter(w for ws in words.values() for w in set(ws))
    n = len(words)
    vecs = {}
    for key, ws in words.items():
        v = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in Counter(ws).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[key] = {w: x / norm for w, x in v.items() if x > 0}
    postings = defaultdict(set)
    for key, v in vecs.items():
        for w in v:
            postings[w].add(key)
    policy = {m.key: m.get("policy") for m in measures}
    sums: dict[str, Counter] = defaultdict(Counter)
    for key, v in vecs.items():
        sums[policy[key]].update(v)
    policy_vecs = {}
    for p, v in sums.items():
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        policy_vecs[p] = {w: x / norm for w, x in v.items()}
    functions = defaultdict(set)
    for e in g.edges_of("RESPONSIBLE_FOR"):
        functions[e.dst].add(agency_function(g.nodes[e.src].name))
    pairs = set()
    for a, v in vecs.items():
        for w, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WORDS]:
            if len(postings[w]) <= MAX_POSTINGS:
                pairs.update((min(a, b), max(a, b)) for b in postings[w] if policy[a] != policy[b])
    out = {}
    for a, b in pairs:
        content = _cosine(vecs[a], vecs[b])
        fa, fb = functions[a], functions[b]
        agencies = len(fa & fb) / len(fa | fb) if fa and fb else 0.0
        policies = min(1.0, _cosine(policy_vecs[policy[a]], policy_vecs[policy[b]]) / POLICY_FULL)
        out[(a, b)] = (content * (1 + AGENCY_BOOST * agencies) * policies, content, agencies, policies)
    return out


def test_vectorized_overlap_matches_the_documented_algorithm(corpus_graph):
    ref = _reference_overlaps(corpus_graph)
    policy = {m.key: m.get("policy") for m in corpus_graph.by_label("Measure")}
    best: dict[tuple[str, str], float] = defaultdict(float)  # (measure, other policy) -> its best score there
    for (a, b), s in ref.items():
        best[(a, policy[b])] = max(best[(a, policy[b])], s[0])
        best[(b, policy[a])] = max(best[(b, policy[a])], s[0])
    scored = sorted(((s[0], a, b) for (a, b), s in ref.items() if s[0] >= THRESHOLD
                     and (s[0] >= best[(a, policy[b])] - 1e-12 or s[0] >= best[(b, policy[a])] - 1e-12)),
                    key=lambda t: (-t[0], t[1], t[2]))
    rank, expected = Counter(), {}
    for score, a, b in scored:
        if rank[a] < MAX_NEIGHBOURS or rank[b] < MAX_NEIGHBOURS:
            expected[(a, b)] = ref[(a, b)]
        rank[a] += 1
        rank[b] += 1
    edges = {(e.src, e.dst): e for e in overlap_edges(corpus_graph)}
    assert expected and set(edges) == set(expected)
    for pair, (score, content, agencies, policies) in expected.items():
        e = edges[pair]
        assert (e.get("score"), e.get("content"), e.get("agencies"), e.get("policies")) == pytest.approx(
            (score, content, agencies, policies), abs=1e-4)


def test_precomputed_words_give_the_same_overlaps(corpus_graph):
    words = {m.key: measure_words(m.get("title") or m.name, m.get("text") or "")
             for m in corpus_graph.by_label("Measure")}
    assert overlap_edges(corpus_graph, words=words) == overlap_edges(corpus_graph)
