"""The public Python API: policykg.extract / build / PolicyGraph, networkx views, frames, optional extras."""
from __future__ import annotations

import doctest
import importlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import policykg
from policykg import analytics
from policykg._optional import INSTALL_HINT, MissingExtraError
from policykg.errors import EmptyInputError, InputError, PolicyKGError, QueryError
from policykg.graph import model

ROOT = Path(__file__).resolve().parents[1]
SZ = "suzhou-blockchain-opinions-2020-2022"
SH = "shenzhen-blockchain-action-plan-2021-2023"
DOC_IDS = sorted(p.stem for p in (ROOT / "data" / "corpus").glob("*.txt"))
SHORT = "关于支持区块链发展的若干措施\n一、加强人才培训。对获评的企业给予最高100万元奖励。(责任单位:市人社局、市财政局)\n"


@pytest.fixture(scope="module")
def g(corpus_dir) -> policykg.PolicyGraph:
    return policykg.build(corpus_dir)


# -- the package --------------------------------------------------------------------------

def test_import_is_fast_and_lazy():
    code = ("import sys, time; t = time.perf_counter(); import policykg; dt = time.perf_counter() - t; "
            "heavy = [m for m in ('jieba', 'networkx', 'pandas', 'scipy', 'pyoxigraph', 'rdflib', 'policykg.api', "
            "'policykg.loaders') if m in sys.modules]; print(heavy, dt < 0.5)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[] True", out.stdout + out.stderr


def test_public_names_resolve():
    for name in policykg.__all__:
        assert getattr(policykg, name) is not None, name
    assert set(policykg.__all__) <= set(dir(policykg))
    assert policykg.PolicyGraph is policykg.api.PolicyGraph
    assert policykg.analytics is analytics
    assert isinstance(policykg.__version__, str)
    with pytest.raises(AttributeError):
        policykg.no_such_name  # noqa: B018


def test_build_is_one_name_and_runs_the_corpus_pipeline(corpus_dir):
    """``policykg.build`` is the API function only (no module of that name: issue 14), and it runs the one
    corpus pipeline, whatever was imported first."""
    assert importlib.util.find_spec("policykg.build") is None
    assert callable(policykg.build) and isinstance(policykg.build([]), policykg.PolicyGraph)
    code = ("from policykg.pipeline import run; import policykg; "
            f"print(len(policykg.build({str(corpus_dir)!r}).documents))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.stdout.strip() == str(len(DOC_IDS)), out.stderr


@pytest.mark.parametrize("module", ["policykg", "policykg.api", "policykg._optional", "policykg.graph.nx",
                                    "policykg.graph.overlap", "policykg.analytics",
                                    "policykg.analytics.responsibility", "policykg.analytics.overlaps",
                                    "policykg.analytics.network", "policykg.analytics.funding"])
def test_docstring_examples_run(module):
    """The Examples sections are doctests (also collected by ``pytest --doctest-modules src``)."""
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


# -- extract ------------------------------------------------------------------------------

def test_extract_a_directory(corpus_dir):
    docs = policykg.extract(corpus_dir)
    assert isinstance(docs, policykg.Documents) and isinstance(docs, list)
    assert sorted(d.doc_id for d in docs) == DOC_IDS
    assert all(isinstance(d, policykg.PolicyDocument) for d in docs) and docs.errors == []


def test_extract_raises_on_the_first_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT, "utf-8")
    (tmp_path / "b-empty.txt").write_text("", "utf-8")
    with pytest.raises(EmptyInputError) as info:
        policykg.extract(tmp_path)
    assert "b-empty.txt" in str(info.value)
    assert isinstance(info.value, InputError) and isinstance(info.value, PolicyKGError)


def test_extract_can_collect_errors(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT, "utf-8")
    (tmp_path / "b-empty.txt").write_text("", "utf-8")
    docs = policykg.extract([tmp_path / "a.txt", tmp_path / "b-empty.txt", tmp_path / "missing.txt"],
                            errors="collect")
    assert [d.doc_id for d in docs] == ["a"]
    assert len(docs.errors) == 2 and all(isinstance(e, InputError) for e in docs.errors)


def test_extract_rejects_an_unknown_error_mode(tmp_path):
    with pytest.raises(ValueError, match="raise, collect"):
        policykg.extract(tmp_path, errors="ignore")


# -- build --------------------------------------------------------------------------------

def test_build_a_corpus(g):
    assert isinstance(g, policykg.PolicyGraph) and isinstance(g, model.PolicyGraph)
    assert sorted(g.documents) == DOC_IDS
    assert g.documents[SZ].title.startswith("关于加快推动区块链技术和产业创新发展的实施意见")
    assert g.counts()["nodes"]["Policy"] == len(DOC_IDS)
    assert repr(g).startswith(f"<PolicyGraph: {len(DOC_IDS)} documents, ")
    assert g.errors == [] and g.store_path is None


def test_build_documents_and_collect_errors(tmp_path, corpus_docs):
    (tmp_path / "bad.txt").write_text("", "utf-8")
    g = policykg.build([*corpus_docs[:2], tmp_path / "bad.txt"], errors="collect")
    assert len(g.documents) == 2 and len(g.errors) == 1
    with pytest.raises(InputError):
        policykg.build([tmp_path / "bad.txt"])


def test_build_a_store(tmp_path, corpus_dir, g):
    from policykg.pipeline import run

    result = run([corpus_dir], out=tmp_path / "out", store=tmp_path / "store", exports=())
    assert result.ok
    stored = policykg.build(tmp_path / "store")
    assert stored.store_path == tmp_path / "store"
    assert sorted(stored.documents) == DOC_IDS
    assert stored.counts() == g.counts()
    assert stored.query("agency_workload") == g.query("agency_workload")


def test_analytics_take_the_api_graph(g):
    rows = analytics.agency_responsibility(g)
    assert rows[0]["agency"] == "苏州市工业和信息化局"


# -- questions and SPARQL -----------------------------------------------------------------

def test_query_returns_plain_rows(g):
    names = [q["name"] for q in g.questions()]
    assert "agency_workload" in names and "overlapping_measures" in names
    rows = g.query("agency_workload")
    assert isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
    top = rows[0]
    assert (top["agency_name"], top["measures"], top["lead_measures"]) == ("苏州市工业和信息化局", 12, 1)
    pairs = g.query("agency_pairs", k=5)
    assert pairs and all(r["shared_measures"] >= 5 for r in pairs)


def test_query_errors(g):
    with pytest.raises(QueryError, match="unknown question"):
        g.query("no_such_question")
    with pytest.raises(QueryError, match="unknown parameter"):
        g.query("agency_pairs", kk=1)


def test_sparql_select_ask_and_bindings(g):
    label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    rows = g.sparql(f"SELECT ?agency ?name WHERE {{ ?agency {label} ?name }}", name="苏州市财政局")
    assert rows == [{"agency": "https://w3id.org/policykg/id/agency/苏州市财政局", "name": "苏州市财政局"}]
    assert g.sparql(f"ASK {{ ?s {label} \"深圳市科技创新委员会\" }}") is True
    with pytest.raises(QueryError):
        g.sparql("SELECT WHERE {")


def test_the_rdf_store_follows_the_graph(corpus_docs):
    from policykg.graph.build import add_document
    from policykg.graph.derivations import derive

    g = policykg.build(corpus_docs[:1])
    ask = "ASK { ?p <http://purl.org/dc/terms/identifier> \"%s\" }"
    other = corpus_docs[1].doc_id
    assert g.sparql(ask % other) is False
    add_document(g, corpus_docs[1])
    derive(g)
    assert g.sparql(ask % other) is True


def test_the_rdf_store_follows_a_change_that_keeps_the_counts():
    """Issue 14: a new version of a document with another lead has the same counts, and was answered stale."""
    from policykg.graph.build import add_document
    from policykg.graph.derivations import derive
    from policykg.loaders import parse_document

    text = "关于支持区块链发展的若干措施\n一、加强组织领导。由市工业和信息化局牵头。"
    g = policykg.build([parse_document(text, source="x.txt")])
    assert [r["lead_agency"] for r in g.query("measure_leads")] == ["市工业和信息化局"]
    counts = g.counts()
    add_document(g, parse_document(text.replace("工业和信息化局", "财政局"), source="x.txt"))
    derive(g)
    assert g.counts() == counts  # nothing grew or shrank, yet the answer must change
    assert [r["lead_agency"] for r in g.query("measure_leads")] == ["市财政局"]


def test_remove_a_document_and_the_answers_follow(corpus_docs):
    g = policykg.build(corpus_docs[:2])
    gone, kept = corpus_docs[0].doc_id, corpus_docs[1].doc_id
    assert {r["policy_id"] for r in g.query("measure_leads")} == {gone, kept}
    g.remove(gone)
    g.remove("no-such-document")  # left alone
    assert list(g.documents) == [kept]
    assert {r["policy_id"] for r in g.query("measure_leads")} == {kept}


# -- what the command line runs ------------------------------------------------------------

def test_open_graph_of_documents_or_a_store(tmp_path):
    from policykg.errors import StoreError

    with pytest.raises(StoreError, match="no policykg store here"):
        policykg.api.open_graph(store=tmp_path / "missing")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    with pytest.raises(InputError, match="no document could be extracted"):
        policykg.api.open_graph([tmp_path])
    (tmp_path / "a.txt").write_text(SHORT, "utf-8")
    g = policykg.api.open_graph([tmp_path], store=tmp_path / "missing")  # paths win over the store
    assert list(g.documents) == ["a"] and [type(e) for e in g.errors] == [EmptyInputError]


def test_write_extracted_streams_documents_and_errors(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SHORT, "utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", "utf-8")
    items = list(policykg.api.write_extracted(tmp_path / "in", tmp_path / "out"))
    (doc, path), error = items
    assert doc.doc_id == "a" and path == tmp_path / "out" / "a.json" and path.is_file()
    assert isinstance(error, EmptyInputError)


# -- frames and optional extras -----------------------------------------------------------

def test_frames(g):
    pd = pytest.importorskip("pandas")
    frame = g.query("agency_workload", as_frame=True)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["agency_name", "measures", "lead_measures", "co_measures", "no_lead_stated",
                                   "policies", "collective"]
    empty = g.sparql("SELECT ?s WHERE { ?s ?p ?o } LIMIT 0", as_frame=True)
    assert list(empty.columns) == ["s"] and len(empty) == 0
    measures = g.to_frame("Measure")
    assert len(measures) == len(g.by_label("Measure")) and {"key", "name", "policy"} <= set(measures.columns)
    resp = g.to_frame("RESPONSIBLE_FOR")
    assert {"src_name", "dst_name", "role"} <= set(resp.columns)
    rows = analytics.funding_summary(g)
    assert list(policykg.to_frame(rows).columns) == list(rows[0])


def test_records_without_pandas(g):
    rows = g.records("Agency")
    assert {r["name"] for r in rows} >= {"苏州市财政局", "深圳市科技创新委员会"}
    with pytest.raises(ValueError, match="node label"):
        g.records("Nothing")


def test_missing_pandas_says_how_to_install(g, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    for call in (lambda: g.query("agency_workload", as_frame=True), lambda: g.to_frame("Measure"),
                 lambda: policykg.to_frame([{"a": 1}]), lambda: g.sparql("SELECT ?s WHERE { ?s ?p ?o }", as_frame=True)):
        with pytest.raises(MissingExtraError) as info:
            call()
        assert INSTALL_HINT in str(info.value) and "pandas" in str(info.value)
        assert isinstance(info.value, PolicyKGError) and isinstance(info.value, ImportError)
    assert g.query("agency_workload")  # plain rows need no pandas


# -- networkx views -----------------------------------------------------------------------

def test_view_all(g):
    G = g.to_networkx()
    assert isinstance(G, nx.MultiDiGraph) and G.graph["view"] == "all"
    assert G.number_of_nodes() == len(g.nodes) and G.number_of_edges() == len(g.edges)
    assert G.nodes[f"policy:{SZ}"]["label"] == "Policy"
    some = g.edges_of("RESPONSIBLE_FOR")[0]
    assert G.edges[some.src, some.dst, "RESPONSIBLE_FOR"]["role"] in ("lead", "co")


def test_view_co_responsibility(g):
    G = g.to_networkx("co_responsibility")
    assert isinstance(G, nx.Graph) and not G.is_directed()
    assert G.number_of_edges() == len(g.edges_of("CO_RESPONSIBLE"))
    for e in g.edges_of("CO_RESPONSIBLE"):
        data = G.edges[e.src, e.dst]
        assert data["weight"] == e.get("weight") and 0 < data["jaccard"] <= 1
        assert data["distance"] == pytest.approx(1 / data["weight"])
    assert all(d["label"] == "Agency" and d["measures"] >= 1 for _, d in G.nodes(data=True))
    assert G.nodes["agency:深圳市科技创新委员会"]["function"] == "科学技术局"


def test_view_agency_measure(g):
    G = g.to_networkx("agency_measure")
    from networkx.algorithms import bipartite

    assert bipartite.is_bipartite(G)
    measures = {n for n, d in G.nodes(data=True) if d["bipartite"] == 1}
    assert measures == {m.key for m in g.by_label("Measure")}
    assert G.number_of_edges() == len(g.edges_of("RESPONSIBLE_FOR"))
    assert {d["role"] for *_, d in G.edges(data=True)} <= {"lead", "co"}
    isolated = {n for n in measures if G.degree(n) == 0}
    assert isolated == {r["measure"] for r in analytics.unassigned_measures(g)}


def test_view_citations(g):
    G = g.to_networkx("citations")
    assert isinstance(G, nx.DiGraph)
    policies = {n for n, d in G.nodes(data=True) if d["label"] == "Policy"}
    assert policies == {p.key for p in g.by_label("Policy")}
    unresolved = {n for n, d in G.nodes(data=True) if d["unresolved"]}
    assert unresolved and all(G.nodes[n]["label"] == "Citation" for n in unresolved)
    assert all(u in policies for u, _ in G.edges())
    assert all(G.edges[u, v]["resolved"] == (v in policies) for u, v in G.edges())


def test_view_jurisdictions(g):
    G = g.to_networkx("jurisdictions")
    assert nx.is_forest(G.to_undirected()) and all(G.in_degree(n) <= 1 for n in G)
    assert G.has_edge("jurisdiction:深圳市", "jurisdiction:福田区")
    assert G.nodes["jurisdiction:福田区"]["level"] == "district"
    assert G.nodes["jurisdiction:福田区"]["policies"] == 3


def test_unknown_view(g):
    with pytest.raises(ValueError, match="co_responsibility"):
        g.to_networkx("everything")


@pytest.mark.parametrize("view", ["all", "co_responsibility", "agency_measure", "citations", "jurisdictions"])
def test_graphml(g, tmp_path, view):
    path = g.write_graphml(tmp_path / f"{view}.graphml", view)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == g.to_networkx(view).number_of_nodes()
