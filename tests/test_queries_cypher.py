"""Canned Cypher: every question's ``.cypher`` answers exactly what its ``.rq`` answers.

The contract between the two projections of the graph model: the sample corpus is loaded into a
real Neo4j server and into the RDF store, and every canned question, with its defaults and with
other parameter values taken from the gold (agencies, documents, jurisdictions, names as written),
must give the same rows on both engines once the catalogue has finalised them (typed, ordered).
A difference is a bug in one projection or one query.

The Neo4j tests need a server (``scripts/neo4j-local start`` and ``eval "$(scripts/neo4j-local env)"``;
``make test`` does both): under CI a missing server fails them, elsewhere they skip.  They share the
database with the other Neo4j tests, so they all run in one xdist group.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cypher_helpers import (  # noqa: E402
    GOLD_JSON,
    TOP_AGENCY,
    connect_or_skip,
    ensure_loaded,
    gold_measure_counts,
    neo4j_env,
)
from _neo4j_helpers import PAYLOADS, metachar_graph  # noqa: E402

from policykg.errors import ConfigError, Neo4jError, QueryError, UnknownAgencyError  # noqa: E402
from policykg.graph import build_graph  # noqa: E402
from policykg.queries import ENGINES, list_questions, run_question  # noqa: E402
from policykg.queries.cypher import query_body, returned_columns  # noqa: E402
from policykg.schema.models import Citation, Measure, PolicyDocument, Responsibility  # noqa: E402
from policykg.stores.rdf import RDFStore  # noqa: E402


def _gold_pair_max() -> int:
    pairs: Counter = Counter()
    for d in GOLD_JSON.values():
        for m in d["measures"]:
            names = sorted(set(m["responsible_normalized"]))
            pairs.update((a, b) for i, a in enumerate(names) for b in names[i + 1:])
    return max(pairs.values())


def _alias() -> str:
    """A name as written in the gold that differs from its normalised name (e.g. 市工信局)."""
    for d in GOLD_JSON.values():
        for m in d["measures"]:
            for written, full in zip(m["responsible"], m["responsible_normalized"]):
                if written != full:
                    return written
    raise AssertionError("the gold has no abbreviated agency name")


#: parameter name -> values to try (besides the default), all from the gold or first principles
PARAM_VALUES: dict[str, list] = {
    "agency": [TOP_AGENCY, _alias(), gold_measure_counts().most_common(2)[1][0], "no such agency"],
    "policy": sorted(GOLD_JSON) + ["no-such-policy"],
    "jurisdiction": sorted({d["jurisdiction"] for d in GOLD_JSON.values()}) + ["广东省", "火星市"],
    "k": [1, 3, _gold_pair_max()],
    "min_score": [0.2, 0.35, 5.0],
    "kind": None,  # its choices
    # days around the sample plans' years (2020-2022, 2021-2023): before, within both, within one, after
    "date": ["2022-06-01", "2019-06-01", "2023-06-01", "2024-06-01"],
    "in_force": ["2022-06-01", "2019-06-01", "2023-06-01", "2024-06-01"],
    "include_collectives": [True, False],
    "search": ["工信局", "深圳", "火星"],
}


def cases() -> list[tuple[str, dict]]:
    """(question, params) for every question: its defaults, then each parameter varied alone."""
    out = []
    for q in list_questions():
        if all(p.default is not None for p in q.params):
            out.append((q.name, {}))
        base = {p.name: p.default if p.default is not None else PARAM_VALUES[p.name][0] for p in q.params}
        for p in q.params:
            assert p.name in PARAM_VALUES, f"{q.name}: give test values for parameter {p.name!r}"
            values = list(p.choices) if PARAM_VALUES[p.name] is None else PARAM_VALUES[p.name]
            out.extend((q.name, {**base, p.name: v}) for v in values if v != p.default)
    return out


CASES = cases()


@pytest.fixture(scope="module")
def neo():
    store = connect_or_skip()
    yield store
    store.close()


@pytest.fixture(scope="module")
def rdf(corpus_graph):
    store = RDFStore()
    store.load_graph(corpus_graph)
    return store


@pytest.fixture
def neo_corpus(neo, corpus_graph):
    ensure_loaded(neo, corpus_graph)
    return neo


def norm(rows: list[dict]) -> Counter:
    """Rows as a multiset, order and numeric types normalised (2 == 2.0; floats to 9 digits)."""
    def value(v):
        if isinstance(v, bool) or v is None or isinstance(v, str):
            return v
        return round(float(v), 9)

    return Counter(json.dumps({k: value(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in rows)


def assert_same(name: str, params: dict, rdf_rows: list[dict], neo_rows: list[dict]) -> None:
    a, b = norm(rdf_rows), norm(neo_rows)
    only_rdf = list((a - b).elements())[:3]
    only_neo = list((b - a).elements())[:3]
    assert a == b, f"{name} {params}: {len(rdf_rows)} SPARQL rows vs {len(neo_rows)} Cypher rows;\n" \
                   f"only SPARQL: {only_rdf}\nonly Cypher: {only_neo}"


def _same_unknown_agency(name: str, params: dict, rdf, neo) -> bool:
    """True when an agency parameter names no agency: both engines say so, with the same suggestions."""
    try:
        run_question(name, params, store=rdf)
    except UnknownAgencyError as exc:
        with pytest.raises(UnknownAgencyError) as on_neo:
            run_question(name, params, engine="neo4j", store=neo)
        assert str(on_neo.value) == str(exc) and on_neo.value.suggestions == exc.suggestions
        return True
    return False


# -- the query files (no server needed) -------------------------------------------------------------


def test_neo4j_engine_is_registered():
    assert ENGINES["neo4j"] == "policykg.queries.cypher"


@pytest.mark.parametrize("question", list_questions(), ids=lambda q: q.name)
def test_cypher_file_returns_the_declared_columns_and_binds_parameters(question):
    text = question.cypher
    assert returned_columns(text) == question.column_names
    for p in question.params:
        assert re.search(rf"\${p.name}\b", text), f"{question.name}.cypher does not use ${p.name}"
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))
    assert used <= {p.name for p in question.params}, used
    body = query_body(text)
    assert body.startswith("MATCH") and ";" not in body  # one statement, runnable as is in the Browser
    for placeholder in ("{}", "%s", "{0}", "format("):
        assert placeholder not in body


def test_every_question_and_parameter_has_cross_engine_cases():
    assert {n for n, _ in CASES} == {q.name for q in list_questions()}
    for q in list_questions():
        for p in q.params:
            values = {json.dumps(params.get(p.name, p.default)) for n, params in CASES if n == q.name}
            assert len(values) >= 2, f"{q.name}: parameter {p.name} is tried with one value only"


def test_cypher_engine_without_password_is_a_config_error(monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="NEO4J_PASSWORD"):
        run_question("agency_workload", engine="neo4j", uri="bolt://127.0.0.1:1")


# -- both engines on the sample corpus ----------------------------------------------------------------


@pytest.mark.parametrize("name,params", CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_cypher_and_sparql_agree_on_the_corpus(neo_corpus, rdf, name, params):
    if _same_unknown_agency(name, params, rdf, neo_corpus):
        return
    via_rdf = run_question(name, params, store=rdf)
    via_neo = run_question(name, params, engine="neo4j", store=neo_corpus)
    assert via_neo["columns"] == via_rdf["columns"]
    assert via_neo["params"] == via_rdf["params"]
    assert_same(name, params, via_rdf["rows"], via_neo["rows"])
    assert via_neo["rows"] == via_rdf["rows"]  # the catalogue's order is total: identical lists


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_cross_engine_cases_are_not_vacuous(neo_corpus):
    """Each question answers something on the corpus for some case, so agreement means something."""
    answered = Counter()
    for name, params in CASES:
        try:
            answered[name] += bool(run_question(name, params, engine="neo4j", store=neo_corpus)["rows"])
        except UnknownAgencyError:  # 'no such agency' (both engines say so: see above)
            continue
    assert all(answered[q.name] for q in list_questions()), answered


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_cypher_answers_match_the_gold(neo_corpus):
    """Spot checks of Cypher answers against the gold (the extraction is scored elsewhere)."""
    workload = run_question("agency_workload", engine="neo4j", store=neo_corpus)["rows"]
    assert workload[0]["agency_name"] == TOP_AGENCY
    gold_top = gold_measure_counts()[TOP_AGENCY]
    assert workload[0]["measures"] == gold_top
    alias = _alias()  # a name as written resolves to every agency the gold writes that way
    by_alias = run_question("agency_measures", {"agency": alias}, engine="neo4j", store=neo_corpus)["rows"]
    assert {r["agency_name"] for r in by_alias} == {
        full for d in GOLD_JSON.values() for m in d["measures"]
        for written, full in zip(m["responsible"], m["responsible_normalized"]) if written == alias}
    shenzhen = run_question("jurisdiction", {"jurisdiction": "深圳市"}, engine="neo4j", store=neo_corpus)["rows"]
    assert {"深圳市", "福田区"} <= {r["item_name"] for r in shenzhen if r["kind"] == "jurisdiction"}
    replies = run_question("replies", engine="neo4j", store=neo_corpus)["rows"]
    assert {r["policy_id"] for r in replies} == {d for d, g in GOLD_JSON.items() if g["doc_type"] == "proposal_reply"}


# -- a small graph with what the corpus lacks: resolved citations, unnamed leads, empty titles ---------


def _edge_case_docs() -> list[PolicyDocument]:
    """Three small policies: b cites a by its title and c by its 文号 (both resolve) and one outside policy."""
    cited = "关于支持区块链发展的若干措施"
    a = PolicyDocument("doc-a", "doc-a.txt", "", cited, "funding_measures", measures=(
        Measure("一", "加强组织领导", responsible=(Responsibility("市财政局", "深圳市财政局", "lead"),
                                                   Responsibility("市工信局", "深圳市工业和信息化局", "co"))),
        Measure("二", "", text="无责任单位的措施。"),
    ))
    b = PolicyDocument("doc-b", "doc-b.txt", "", "关于印发某某方案的通知", "notice",
                       cited_policies=(Citation(f"《{cited}》"), Citation("《某个外部文件》", "国发〔2019〕9号"),
                                       Citation("《另一个标题》", "深府〔2020〕1号")),
                       measures=(Measure("一", "O'Brien \"引号\" 与 \\ 反斜杠", responsible=(
                           Responsibility("市工信局", "深圳市工业和信息化局", "co"),)),))
    c = PolicyDocument("doc-c", "doc-c.txt", "", "某某实施细则", "other", doc_number="深府〔2020〕1号")
    return [a, b, c]


def _agree_on(neo, graph, extra_cases: list[tuple[str, dict]]) -> None:
    rdf = RDFStore()
    rdf.load_graph(graph)
    ensure_loaded(neo, graph)
    for name, params in CASES + extra_cases:
        if _same_unknown_agency(name, params, rdf, neo):
            continue
        assert_same(name, params, run_question(name, params, store=rdf)["rows"],
                    run_question(name, params, engine="neo4j", store=neo)["rows"])


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_engines_agree_on_edge_cases(neo):
    graph = build_graph(_edge_case_docs())
    _agree_on(neo, graph, [("policy_responsibilities", {"policy": "doc-b"}), ("agency_measures", {"agency": "市工信局"}),
                           ("measure_leads", {"policy": "doc-a"}), ("citations", {"policy": "doc-b"})])
    cited = run_question("citations", {"policy": "doc-b"}, engine="neo4j", store=neo)["rows"]
    assert {(r["cited_doc_number"], r["resolved"], r["cited_policy_id"]) for r in cited} == {
        ("深府〔2020〕1号", True, "doc-c"), ("国发〔2019〕9号", False, None), (None, True, "doc-a")}, cited


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_engines_agree_on_metacharacters(neo):
    """Names full of quotes, braces, backslashes and Cypher/SPARQL syntax, bound as parameters."""
    graph = metachar_graph()
    doc = graph.by_label("Policy")[0].get("doc_id")
    extra = [("agency_measures", {"agency": p}) for p in PAYLOADS] + \
            [("funding", {"agency": PAYLOADS[3]}), ("policy_responsibilities", {"policy": doc}),
             ("jurisdiction", {"jurisdiction": PAYLOADS[6]})]
    _agree_on(neo, graph, extra)
    rows = run_question("agency_measures", {"agency": PAYLOADS[0]}, engine="neo4j", store=neo)["rows"]
    assert [r["agency_name"] for r in rows] == [PAYLOADS[0]]


# -- the command line ------------------------------------------------------------------------------------


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_cli_query_engine_neo4j(neo_corpus, rdf, fmt):
    from typer.testing import CliRunner

    from policykg.cli import app

    expected = run_question("agency_measures", {"agency": TOP_AGENCY}, store=rdf)
    result = CliRunner(env=neo4j_env()).invoke(app, ["query", "agency_measures", "--engine", "neo4j", "--uri",
                                                     neo_corpus.uri, "-p", f"agency={TOP_AGENCY}", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["engine"] == "neo4j" and data["columns"] == expected["columns"]
        assert data["rows"] == expected["rows"]
    elif fmt == "csv":
        lines = result.stdout.splitlines()
        assert lines[0].split(",") == expected["columns"]
        assert len(lines) == len(expected["rows"]) + 1
        assert all(TOP_AGENCY in line for line in lines[1:])
    else:
        assert f"agency_measures ({len(expected['rows'])} rows)" in result.stdout


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_cli_query_engine_neo4j_errors(neo_corpus):
    from typer.testing import CliRunner

    from policykg.cli import app

    env = neo4j_env()
    runner = CliRunner(env=env)
    bad_param = runner.invoke(app, ["query", "agency_pairs", "--engine", "neo4j", "-p", "k=many"])
    assert bad_param.exit_code == QueryError.exit_code and "integer" in bad_param.output
    missing = runner.invoke(app, ["query", "policy_responsibilities", "--engine", "neo4j"])
    assert missing.exit_code == QueryError.exit_code and "policy" in missing.output
    wrong = runner.invoke(app, ["query", "agency_workload", "--engine", "neo4j", "--uri", neo_corpus.uri,
                                "--user", "no-such-user"])
    assert wrong.exit_code == Neo4jError.exit_code and "no-such-user" in wrong.output
    assert env["NEO4J_PASSWORD"] not in wrong.output
    no_password = runner.invoke(app, ["query", "agency_workload", "--engine", "neo4j"], env={"NEO4J_PASSWORD": ""})
    assert no_password.exit_code == ConfigError.exit_code and "NEO4J_PASSWORD" in no_password.output
