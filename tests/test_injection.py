"""Injection: names and text full of Cypher, SPARQL, Turtle, JSON, CSV and HTML metacharacters go through
the command line end to end (extraction, persisted store, SPARQL parameters, every export, the HTML views,
the Neo4j export) and come back exactly, and nothing is executed.

test_rdf.py covers the in-memory RDF projection; this file covers the persisted store and the CLI."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib

from policykg.schema.models import Amount, Evidence, Measure, PolicyDocument, Responsibility

ROOT = Path(__file__).resolve().parents[1]
SKOS_LABEL = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")

NASTY = [
    "'}) DETACH DELETE n //",
    'say """hi""" \'\'\'',
    "back\\slash \\n \\u0041 \\\\",
    "brace} {x} }}",
    "angle> <tag> </script>",
    "two\nlines\r\nand\ttab",
    "<script>window.__pwned=1</script>",
    '" } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #',
    "MATCH (n) DETACH DELETE n; //",
    "a,b;\"c\"\n=cmd|' /C calc'!A0",
]
MISSING = '" } ; DROP ALL ; #'  # a value that names nothing


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def _doc(i: int, name: str) -> PolicyDocument:
    doc_id = f"nasty-{i}"
    ev = Evidence(doc_id, 0, len(name), name, name + "。")
    resp = (Responsibility(name, name, "lead", ev), Responsibility("苏州市财政局", "苏州市财政局", "co"))
    measure = Measure("一", name, text=name + "\n正文", path=("一",), responsible=resp,
                      amounts=(Amount(name, "cap", 1_000_000.0, None, name, ev),), evidence=ev)
    return PolicyDocument(doc_id, f"{doc_id}.txt", "", name, "funding_measures", issuer=(name,), measures=(measure,),
                          text=name)


EXTRACTED = '''关于支持区块链"""发展'}) DETACH DELETE n //的若干措施<script>alert(1)</script>
一、加强组织领导\\。由市工业和信息化局牵头}>。对获评国家级示范项目的企业,给予最高100万元奖励。(责任单位:市工信局、市财政局)
二、优化服务}{"\\n"。对新认定的企业给予50万元奖励。(责任单位:市科技局)
'''


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, Path, dict]:
    """A store holding the hostile documents (saved as the build saves them) and one extracted hostile file."""
    from policykg import pipeline

    tmp = tmp_path_factory.mktemp("inject")
    store = tmp / "store"
    pipeline.run([_doc(i, name) for i, name in enumerate(NASTY)], store=store)
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile.txt").write_text(EXTRACTED, "utf-8")
    proc = run("build", str(tmp / "in"), "--store", str(store), "--out", str(tmp / "out"))
    assert proc.returncode == 0, proc.stderr
    extracted = json.loads((tmp / "out" / "extract" / "hostile.json").read_text("utf-8"))
    assert '"""' in extracted["title"] and "'})" in extracted["title"] and "<script>" in extracted["title"]
    return store, tmp, extracted


def _quads(store: Path) -> list[str]:
    from policykg.stores.directory import open_store

    with open_store(store) as rdf:
        return sorted(str(q) for q in rdf.store)


def test_store_keeps_every_name_exactly(store):
    from policykg.stores.directory import load_graph, open_store

    path, _, extracted = store
    with open_store(path) as rdf:
        labels = {r["n"] for r in rdf.query(f"SELECT ?n WHERE {{ ?s <{SKOS_LABEL}> ?n }}")}
    assert set(NASTY) <= labels
    assert extracted["title"] in labels and {m["title"] for m in extracted["measures"]} <= labels
    g = load_graph(path)  # and the saved documents rebuild the same names
    assert set(NASTY) <= {n.name for n in g.nodes.values()}


@pytest.mark.parametrize("name", NASTY)
def test_query_parameter_is_bound_not_spliced(store, name):
    path, _, _ = store
    before = _quads(path)
    proc = run("query", "agency_measures", "-p", f"agency={name}", "-f", "json", "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["params"]["agency"] == name
    assert {(r["agency_name"], r["policy_id"], r["role"]) for r in data["rows"]} == {
        (name, f"nasty-{NASTY.index(name)}", "lead")}
    assert _quads(path) == before  # nothing ran


def test_parameter_that_names_nothing_finds_nothing_and_changes_nothing(store):
    path, _, _ = store
    before = _quads(path)
    for question, param in (("policy_responsibilities", "policy"),
                            ("jurisdiction", "jurisdiction"), ("funding", "policy"), ("citations", "policy")):
        proc = run("query", question, "-p", f"{param}={MISSING}", "-f", "json", "--store", str(path))
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["rows"] == [], question
    for question in ("agency_measures", "funding"):  # an agency no document names is an error that says so
        proc = run("query", question, "-p", f"agency={MISSING}", "-f", "json", "--store", str(path))
        assert proc.returncode == 4 and "no agency is named" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("query", "agency_pairs", "-p", "k=1 } ; DROP ALL", "--store", str(path))
    assert proc.returncode == 4 and "must be an integer" in proc.stderr and "Traceback" not in proc.stderr
    assert _quads(path) == before


def test_query_output_formats_keep_names(store):
    path, _, _ = store
    name = NASTY[9]  # commas, quotes, a newline and a spreadsheet formula
    proc = run("query", "agency_measures", "-p", f"agency={name}", "-f", "csv", "--store", str(path))
    rows = list(csv.DictReader(proc.stdout.splitlines(keepends=True)))
    assert [r["agency_name"] for r in rows] == [name]


@pytest.mark.parametrize("fmt,parse_as", [("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"), ("nq", "nquads"),
                                          ("jsonld", "json-ld")])
def test_every_rdf_export_round_trips(store, fmt, parse_as, tmp_path):
    path, _, extracted = store
    out = tmp_path / f"g.{fmt}"
    proc = run("export", "--format", fmt, "--out", str(out), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    ds = rdflib.Dataset()
    ds.parse(out, format=parse_as)
    labels = {str(o) for _, _, o, _ in ds.quads((None, SKOS_LABEL, None, None))}
    assert set(NASTY) <= labels and extracted["title"] in labels
    texts = {str(o) for _, _, o, _ in ds.quads((None, None, None, None)) if isinstance(o, rdflib.Literal)}
    assert {name + "\n正文" for name in NASTY} <= texts  # measure texts with their newlines
    from policykg.stores.directory import open_store

    with open_store(path) as rdf:
        counts = rdf.counts()
    merged = fmt in ("ttl", "nt")  # one graph: the distinct triples of every named graph
    assert len(list(ds.quads((None, None, None, None)))) == counts["triples" if merged else "quads"]


def test_graphml_export_round_trips(store, tmp_path):
    import networkx as nx

    path, _, extracted = store
    out = tmp_path / "g.graphml"
    proc = run("export", "--format", "graphml", "--out", str(out), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    names = {d.get("name") for _, d in nx.read_graphml(out).nodes(data=True)}
    assert set(NASTY) <= names and extracted["title"] in names


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.data: list[str] = []
        self._json = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self._json = tag == "script" and dict(attrs).get("type") == "application/json"

    def handle_endtag(self, tag):  # noqa: ANN001
        self._json = False

    def handle_data(self, data):  # noqa: ANN001
        (self.data if self._json else self.text).append(data)


def test_html_views_escape_and_keep_names(store, tmp_path):
    path, _, extracted = store
    views = tmp_path / "views"
    proc = run("viz", "--out", str(views), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    pages = sorted(views.rglob("*.html"))
    shown: set[str] = set()
    for page in pages:
        markup = page.read_text("utf-8")
        for raw in ("<script>window.__pwned", "<script>alert(1)", "<tag>"):
            assert raw not in markup, (page, raw)  # markup from the data never reaches the page as markup
        parser = _Text()
        parser.feed(markup)
        for blob in parser.data:  # the embedded JSON data parses and carries the names
            shown.update(_strings(json.loads(blob)))
        shown.add("".join(parser.text))
    everything = "\n".join(shown)
    for name in NASTY + [extracted["title"]]:
        assert name in shown or " ".join(name.split()) in everything or name in everything, name


def _strings(obj) -> set[str]:  # noqa: ANN001
    if isinstance(obj, str):
        return {obj}
    if isinstance(obj, dict):
        return set().union(*(_strings(v) for v in obj.values()), *(_strings(k) for k in obj)) if obj else set()
    if isinstance(obj, list):
        return set().union(*(_strings(v) for v in obj)) if obj else set()
    return set()


def test_neo4j_export_files_round_trip(store, tmp_path):
    path, _, _ = store
    if run("neo4j", "export", "--help").returncode != 0:
        pytest.skip("`policykg neo4j export` is not part of this version")
    out = tmp_path / "neo4j"
    proc = run("neo4j", "export", "--out", str(out), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    with open(out / "nodes" / "Agency.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    column = rows[0].index(next(h for h in rows[0] if re.match(r"name(:|$)", h)))
    assert set(NASTY) <= {r[column] for r in rows[1:]}
    script = (out / "load.cypher").read_text("utf-8")
    assert "DETACH DELETE n //" not in re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "''", script)
