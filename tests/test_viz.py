"""HTML views without a browser: files, offline-ness, escaping, CSP, counts, legend, index, CLI.

The browser half (pages really load, draw, and run nothing injected) is test_viz_browser.py.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _viz_helpers import (  # noqa: E402
    PAYLOADS, URL_PATTERNS, Page, expected_counts, hostile_graph, hostile_texts, view_pages,
)

from policykg.graph.keys import key_for  # noqa: E402
from policykg.graph.model import PolicyGraph  # noqa: E402
from policykg.viz import write_views  # noqa: E402
from policykg.viz.assets import (  # noqa: E402
    ASSET_DIR, SCRIPT_FILE, STYLE_FILE, asset_files, inline_js, script_json, vis_network_js,
)
from policykg.viz.render import option_presets, options_name, view_options  # noqa: E402
from policykg.viz.style import FONT_STACK, NODE_STYLES, shared_style  # noqa: E402
from policykg.viz.views import LARGE_VIEW, View, all_views  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gold_out(gold_graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("viz-gold")
    return out, write_views(gold_graph, out)


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    g = hostile_graph()
    out = tmp_path_factory.mktemp("viz-hostile")
    return g, out, write_views(g, out, texts=hostile_texts)


def test_write_views_writes_index_and_every_view(gold_graph, gold_out):
    out, paths = gold_out
    assert paths[0] == out / "index.html"
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    rel = {p.relative_to(out).as_posix() for p in paths}
    assert {"index.html", "overview.html", "overlap.html"} <= rel
    assert sum(r.startswith("policies/") for r in rel) == len(gold_graph.by_label("Policy"))
    responsible = {e.src for e in gold_graph.edges_of("RESPONSIBLE_FOR")} | {e.dst for e in gold_graph.edges_of("ISSUED_BY")}
    assert sum(r.startswith("agencies/") for r in rel) == len(responsible)
    assert len(rel) == len(paths)


def test_same_graph_same_bytes(gold_graph, gold_out, tmp_path):
    out, paths = gold_out
    again = write_views(gold_graph, tmp_path)
    assert [p.relative_to(tmp_path) for p in again] == [p.relative_to(out) for p in paths]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, paths))


def _local_refs(path: Path, page: Page) -> list[tuple[str, str]]:
    """(tag, reference) of every script src, stylesheet and link of a page."""
    return [(tag, attrs.get("src") or attrs.get("href") or "") for tag, attrs in page.tags
            if tag in ("script", "link", "a", "img") and (attrs.get("src") or attrs.get("href"))]


@pytest.mark.parametrize("which", ["gold", "hostile"])
def test_no_external_url_anywhere(which, gold_out, hostile_out):
    out = gold_out[0] if which == "gold" else hostile_out[1]
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.relative_to(out).as_posix() for p in files if p.parent.name == "assets"} == set(asset_files())
    for path in files:
        text = path.read_text("utf-8")
        hits = [m.group() for m in URL_PATTERNS.finditer(text)]
        assert not hits, f"{path}: {hits[:5]}"
        if path.suffix != ".html":
            continue
        page = Page(text)
        for tag, attrs in page.tags:
            assert "src" not in attrs or tag == "script", (path, tag, attrs)
            assert tag != "link" or attrs.get("rel") == "stylesheet", (path, attrs)
        for tag, ref in _local_refs(path, page):
            # relative, inside the views' directory, and there: a page opened from file:// needs nothing else
            assert not re.match(r"^([a-z][a-z0-9+.-]*:|/)", ref, re.I), (path, tag, ref)
            ref, _, anchor = ref.partition("#")
            target = (path.parent / ref).resolve()
            assert target.is_file() and target.is_relative_to(out.resolve()), (path, tag, ref)
            if anchor:  # a link to a fact's span lands on it
                assert f'id="{anchor}"' in target.read_text("utf-8"), (path, ref, anchor)


def test_pages_run_only_the_shared_script(gold_out):
    out, _ = gold_out
    shared = f"{ASSET_DIR}/{SCRIPT_FILE}"
    for path in out.rglob("*.html"):
        page = Page(path.read_text("utf-8"))
        csp = page.csp
        script_src = csp.split("script-src")[1].split(";")[0].strip()
        assert "default-src 'none'" in csp
        executable = [(attrs, body) for attrs, body in page.scripts if attrs.get("type") != "application/json"]
        assert all(not body.strip() for _attrs, body in executable)  # nothing inline runs
        sources = [(path.parent / attrs["src"]).resolve() for attrs, _body in executable]
        if path.name == "index.html" or path.parent.name == "documents":  # pages of text run nothing
            assert not executable and script_src == "'none'"
        else:
            assert sources == [(out / shared).resolve()] and script_src == "'self'", path
        styles = [(path.parent / a["href"]).resolve() for t, a in page.tags if t == "link"]
        assert styles == [(out / ASSET_DIR / STYLE_FILE).resolve()] and "<style" not in path.read_text("utf-8")


def test_shared_files_are_written_once_and_pages_stay_small(gold_out):
    out, paths = gold_out
    script = (out / ASSET_DIR / SCRIPT_FILE).read_text("utf-8")
    assert script.startswith(vis_network_js().rstrip()) and "policykgView" in script
    assert (out / ASSET_DIR / STYLE_FILE).read_text("utf-8").count("Noto Sans CJK SC") == 1
    for path in paths:
        html = path.read_text("utf-8")
        assert "vis-network" not in html and len(html) < 200_000, path


def test_vis_network_is_read_from_pyvis_without_urls():
    js = vis_network_js()
    assert len(js) > 100_000 and "vis-network" in js[:300]
    assert not URL_PATTERNS.search(js)
    assert "</script" not in js.lower() and "<!--" not in js
    assert inline_js("x='http://a'") == "x='http:\\/\\/a'"


def test_hostile_text_is_only_data(hostile_out):
    g, out, paths = hostile_out
    for path in paths:
        html = path.read_text("utf-8")
        page = Page(html)
        for tag, attrs in page.tags:
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            assert tag not in ("img", "iframe", "object", "embed"), (path, tag, attrs)
            if tag == "svg":
                assert attrs.get("class") in ("pk-glyph", "pk-chart"), (path, attrs)
            for value in attrs.values():
                assert not (value or "").strip().lower().startswith("javascript:"), (path, tag, attrs)
        for p in PAYLOADS:
            if set(p) & set("<>\"'"):
                assert p not in html  # never raw, always escaped
        if path.parent.name == "documents":  # the text, or without one the facts and their sentences, as text
            assert "&lt;script&gt;window.__pwned=1" in html and not page.scripts
            assert html.count("<mark id=") >= 3 * len(PAYLOADS)
        elif path.name != "index.html":
            data = page.data  # parses: the escaped JSON is intact
            names = {n.get("name", n["label"]) for n in data["nodes"]}
            assert all(set(n) <= {"id", "label", "shape", "group", "name", "tip", "value", "level", "x", "y", "href", "hub",
                                  "widthConstraint"}
                       for n in data["nodes"])
            assert any(p in name for p in PAYLOADS for name in names)
        else:
            assert "&lt;script&gt;window.__pwned=1" in html
    # file names come from slugs, never from raw text
    assert all(re.fullmatch(r"[\w\-./]+", p.relative_to(out).as_posix()) for p in paths)


def test_template_syntax_in_text_is_not_evaluated(hostile_out):
    _g, out, _paths = hostile_out
    html = (out / "index.html").read_text("utf-8")
    assert "{{7*7}}" in html


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_script_json_is_inert_and_round_trips(text):
    enc = script_json({"t": text})
    assert not set(enc) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(enc)["t"] == text


def test_page_data_matches_the_graph(gold_graph, gold_out):
    out, _ = gold_out
    for path in view_pages(out):
        data = Page(path.read_text("utf-8")).data
        assert (len(data["nodes"]), len(data["edges"])) == expected_counts(gold_graph, data), path
        assert data["expected"] == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
        ids = [n["id"] for n in data["nodes"]]
        assert len(set(ids)) == len(ids)
        ends = {(e.src, e.dst) for e in gold_graph.edges.values()}
        assert all((ids[e["from"]], ids[e["to"]]) in ends for e in data["edges"]), path  # ends by node index


def test_lead_and_co_edges_look_different_and_tips_carry_evidence(gold_graph, gold_out):
    out, _ = gold_out
    data = Page((out / "overview.html").read_text("utf-8")).data
    kinds = {data["kinds"][e["kind"]] for e in data["edges"]}
    assert {"RESPONSIBLE_FOR:lead", "RESPONSIBLE_FOR:co"} <= kinds
    styles = shared_style()["edgeStyles"]  # in the shared script, not in each page
    assert "edgeStyles" not in data and "groups" not in option_presets()[data["options"]]
    lead, co = styles["RESPONSIBLE_FOR:lead"], styles["RESPONSIBLE_FOR:co"]
    assert lead["dashes"] is False and isinstance(co["dashes"], list) and lead["width"] > co["width"]
    assert lead["color"]["color"] != co["color"]["color"]
    assert not any("width" in e or "dashes" in e for e in data["edges"]
                   if data["kinds"][e["kind"]].startswith("RESPONSIBLE"))
    # the gold graph has no evidence spans: a graph with evidence shows sentence and source document
    g = hostile_graph()
    hdata = Page(write_views(g, out.parent / "ev")[1].read_text("utf-8")).data
    tip = next(e["tip"] for e in hdata["edges"] if hdata["kinds"][e["kind"]] == "RESPONSIBLE_FOR:lead")
    assert {hdata["rowNames"][i] for i, _v in tip["rows"]} == {"角色 role", "原文写作 as written"}
    assert tip["evidence"].endswith("牵头负责")
    source = hdata["docs"][tip["doc"]]
    assert source.startswith(PAYLOADS[4]) and "《" in source


def test_node_types_have_distinct_colour_and_shape_and_a_legend(gold_graph, gold_out):
    colours = [s["color"] for s in NODE_STYLES.values()]
    assert len(set(colours)) == len(colours)
    shapes = {(s["shape"], bool(s.get("dashed")), s.get("radius")) for s in NODE_STYLES.values()}
    assert len(shapes) == len(NODE_STYLES)
    out, _ = gold_out
    html = (out / "overview.html").read_text("utf-8")
    # the page's script draws the legend from what the page holds, with the shared glyphs
    shared = shared_style()
    assert set(gold_graph.counts()["nodes"]) <= {label for label, _svg in shared["nodeGlyphs"]}
    assert {"RESPONSIBLE_FOR:lead", "RESPONSIBLE_FOR:co"} <= {kind for kind, _svg in shared["edgeGlyphs"]}
    assert len({svg for _l, svg in shared["nodeGlyphs"]}) == len(NODE_STYLES)
    assert 'id="pk-search"' in (out / ASSET_DIR / SCRIPT_FILE).read_text("utf-8") and 'id="pk-main"' in html
    assert '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif' == FONT_STACK
    assert option_presets()[Page(html).data["options"]]["nodes"]["font"]["face"] == FONT_STACK
    assert re.search(r"(?m)^body \{[^}]*Noto Sans CJK SC", (out / ASSET_DIR / STYLE_FILE).read_text("utf-8"))


def test_index_summarises_and_links_everything(gold_graph, gold_out):
    out, paths = gold_out
    html = (out / "index.html").read_text("utf-8")
    page = Page(html)
    hrefs = {a["href"] for t, a in page.tags if t == "a" and a.get("href")}
    assert {p.relative_to(out).as_posix() for p in paths[1:]} <= hrefs
    assert all((out / h).is_file() for h in hrefs)
    assert sum(1 for t, a in page.tags if t == "svg" and a.get("class") == "pk-chart") >= 1
    assert html.count("<rect") > 5
    funding_rows = html.split('class="pk-table pk-funding"')[1].split("</table>")[0].count("<tr>") - 1
    assert funding_rows == len(gold_graph.by_label("Funding"))
    top = max(gold_graph.by_label("Agency"), key=lambda a: sum(1 for _ in gold_graph.out_edges(a.key, "RESPONSIBLE_FOR")))
    assert top.name in html
    assert str(len(gold_graph.nodes)) in html
    for view in view_pages(out):
        back = [a["href"] for t, a in Page(view.read_text("utf-8")).tags if t == "a"]
        assert back and (view.parent / back[0]).resolve() == (out / "index.html").resolve()


def test_stale_views_are_removed(gold_graph, tmp_path):
    write_views(gold_graph, tmp_path)
    small = PolicyGraph()
    keep = gold_graph.by_label("Policy")[0].key
    small.add_node(gold_graph.nodes[keep])
    paths = write_views(small, tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == \
        sorted(p.relative_to(tmp_path).as_posix() for p in paths)
    assert not list((tmp_path / "agencies").glob("*.html"))


def test_empty_graph_still_gives_pages(tmp_path):
    paths = write_views(PolicyGraph(), tmp_path)
    assert [p.name for p in paths] == ["index.html", "overview.html", "overlap.html"]
    assert Page(paths[1].read_text("utf-8")).data["nodes"] == []


def test_big_views_use_the_fast_layout():
    big = view_options(View("overview", "overview.html", "t"), LARGE_VIEW + 1)
    small = view_options(View("agency", "a.html", "t"), 50)  # a small view without columns or groups
    grouped = view_options(View("overview", "overview.html", "t"), 50)  # overview, overlap: grouped at every size
    assert big["layout"]["improvedLayout"] is False and big["edges"]["smooth"] is False
    assert big["physics"]["enabled"] is False and small["physics"]["enabled"] is True
    assert grouped["physics"]["enabled"] is False
    assert small["layout"]["improvedLayout"] is True
    tree = view_options(View("policy", "p.html", "t", levels={"a": 0}), 50)
    assert tree["layout"]["hierarchical"]["direction"] == "LR" and tree["physics"]["enabled"] is False
    # pages name their options; the shared script holds each preset once, the same as view_options
    presets = option_presets()
    for view in (View("policy", "p.html", "t", levels={"a": 0}), View("agency", "a.html", "t", levels={"a": 0}),
                 View("overview", "o.html", "t"), View("overlap", "o.html", "t"), View("agency", "a.html", "t")):
        for n in (1, 50, LARGE_VIEW, LARGE_VIEW + 1, 10 * LARGE_VIEW):
            assert presets[options_name(view, n)] == view_options(view, n), (view.kind, n)
    assert '"tree-policy": {' in asset_files()[f"{ASSET_DIR}/{SCRIPT_FILE}"]


def test_views_cover_every_policy(corpus_graph):
    views = all_views(corpus_graph)
    assert {v.focus for v in views if v.kind == "policy"} == {p.key for p in corpus_graph.by_label("Policy")}
    assert key_for("Policy", "suzhou-blockchain-opinions-2020-2022") in {v.focus for v in views}


def test_viz_does_not_import_cli_queries_or_loaders():
    src = ROOT / "src" / "policykg" / "viz"
    for path in src.glob("*.py"):
        text = path.read_text("utf-8")
        assert not re.search(r"^\s*(from|import) policykg\.(cli|queries|loaders)\b", text, re.M), path
        assert "print(" not in text, path
        assert "__all__" in text, path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_cli_viz_from_corpus(tmp_path, corpus_dir):
    proc = _run("viz", "--corpus", str(corpus_dir), "--out", str(tmp_path / "v"), "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert Path(summary["index"]).is_file() and len(summary["pages"]) >= 3 + 5


def test_cli_viz_errors_are_one_line(tmp_path):
    proc = _run("viz", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "v"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "error:" in proc.stderr
    proc = _run("viz", "--out", str(tmp_path / "v"), "--store", str(tmp_path / "nostore"))
    assert proc.returncode == 3 and proc.stderr == (f"error: {tmp_path / 'nostore'}: no policykg store here "
                                                    "(run policykg build first, or pass --store DIR)\n")


def test_large_views_get_positions_and_no_physics(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_viz import synthetic_graph

    g = synthetic_graph(LARGE_VIEW + 200)
    paths = write_views(g, tmp_path, agencies=False)
    data = Page(paths[1].read_text("utf-8")).data
    assert data["large"] and option_presets()[data["options"]]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # nobody on top of another
    kinds = data["kinds"]
    hidden = {kinds[e["kind"]] for e in data["edges"] if e.get("hidden")}
    assert hidden == {"CO_RESPONSIBLE", "OVERLAPS"} & {kinds[e["kind"]] for e in data["edges"]}
    # styles travel once: the page grows with the graph, not with its styling; big views' tips are lean
    assert paths[1].stat().st_size < 1_000_000 + 900 * (len(g.nodes) + len(g.edges))
    tips = [x["tip"] for x in data["nodes"] + data["edges"] if "tip" in x]
    assert all(set(t) == {"rows"} and all(len(v) <= 80 for _k, v in t["rows"]) for t in tips)
    # the overview's edges that start hidden carry no tip: the overlap view shows them
    assert all(("tip" in e) != bool(e.get("hidden")) for e in data["edges"])
    assert sorted(data["hiddenKinds"]) == sorted(hidden)


def test_build_writes_a_document_page_with_the_stored_text(tmp_path):
    from policykg.pipeline import run

    text = "关于支持区块链发展的若干措施\n一、加强人才引育。由市工业和信息化局牵头，给予最高100万元奖励。"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    run([tmp_path / "a.txt"], store=tmp_path / "store", out=tmp_path / "out", exports=(), views=True)
    pages = list((tmp_path / "out" / "views" / "documents").glob("*.html"))
    assert len(pages) == 1
    html = pages[0].read_text("utf-8")
    assert "加强人才引育" in html and "给予" in html  # the text itself, though the graph keeps none
    page = Page(html)
    marks = {a["id"] for t, a in page.tags if t == "mark" and a.get("id")}
    policy = Page((tmp_path / "out" / "views" / "policies" / pages[0].name).read_text("utf-8")).data
    spans = {f"ev-{x['tip']['at'][0]}-{x['tip']['at'][1]}" for x in policy["nodes"] + policy["edges"] if "at" in x.get("tip", {})}
    assert spans and spans <= marks  # every fact of the policy's view has its anchor in the document page
    assert policy["docHrefs"] == ["../documents/" + pages[0].name]
