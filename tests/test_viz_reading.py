"""What a person sees in the views, checked in headless Chromium: the words on the canvas, the tips,
the links and the tables a reader looks for (issue 16).

The pages load as in test_viz_browser.py (Debian's Chromium, offline, a fresh profile).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_viz_browser as tvb  # noqa: E402

# the browser and the corpus's views, as test_viz_browser.py makes them
playwright_driver, browser, corpus_views = tvb.playwright_driver, tvb.browser, tvb.corpus_views
hover_node = tvb.hover_node

from policykg.graph.keys import key_for  # noqa: E402
from policykg.viz.views import policy_view  # noqa: E402

pytestmark = pytest.mark.browser

SUZHOU = "suzhou-blockchain-opinions-2020-2022"


def _policy_page(g, out: Path, doc_id: str) -> Path:
    return out / policy_view(g, key_for("Policy", doc_id)).path


def test_funding_labels_say_which_amount(browser, corpus_graph, corpus_views):
    page = browser.open(_policy_page(corpus_graph, corpus_views, SUZHOU))
    labels = page.evaluate("window.policykgView.nodes.get({filter: n => n.kind === 'Funding'}).map(n => n.label)")
    assert len(labels) == len(set(labels)) == 10, labels  # one label per amount, none repeated
    assert {"国家级 50万元", "省级 30万元", "首超1亿 200万元", "总额不低于10亿元"} <= set(labels)
    assert not any("、" in label for label in labels)  # not the text several amounts share
    assert not page.problems
    page.close()


def test_measure_tip_says_the_text_once_and_no_key(browser, corpus_graph, corpus_views):
    doc = "futian-reply-20220098-regtech"
    measure = corpus_graph.nodes[key_for("Measure", doc, "m1")]
    page = browser.open(_policy_page(corpus_graph, corpus_views, doc))
    text = hover_node(page, measure.key)
    assert text is not None and measure.name in text
    body = "鼓励“专精特新”企业在各级资本市场上市融资"
    assert body in str(measure.get("text")) and text.count(body) == 1, text
    assert measure.key not in text and "键 key" not in text and "m1" not in text
    assert not page.problems
    page.close()


def test_overlap_header_explains_the_score_in_words(browser, corpus_graph, corpus_views):
    method = corpus_graph.edges_of("OVERLAPS")[0].get("method")
    threshold = float(re.search(r">=\s*([0-9.]+)", method).group(1))  # the build's own threshold
    page = browser.open(corpus_views / "overlap.html")
    header = page.locator("header .pk-sub").inner_text()
    assert "相似度" in header and "相同的关键词" in header and f"at least {threshold:g}" in header, header
    for formula in ("tfidf", "cosine", ">=", "overlap-v2", "jaccard"):
        assert formula not in header, header
    assert page.locator("header .pk-sub").is_visible()
    page.close()


def _pin(page, node_id: str) -> None:
    """Hover a node and click it: its card is pinned in the side panel."""
    hover_node(page, node_id)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_timeout(100)


def test_a_fact_links_to_its_span_in_the_document_page(browser, corpus_graph, corpus_views):
    funding = corpus_graph.nodes[key_for("Funding", SUZHOU, "二.(一).2", "0")]
    start, end = funding.get("evidence_start"), funding.get("evidence_end")
    page = browser.open(_policy_page(corpus_graph, corpus_views, SUZHOU))
    _pin(page, funding.key)
    source = page.locator("#pk-details .pk-card-src a")
    assert source.count() == 1 and "来源 source" in source.inner_text()
    href = source.get_attribute("href")
    assert href.startswith("../documents/") and href.endswith(f"#ev-{start}-{end}"), href
    source.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"#ev-{start}-{end}") and "/documents/" in page.url
    target = page.locator(":target")
    assert target.count() == 1 and target.inner_text() == funding.get("evidence_text") == "50、30万元"
    box = target.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"]  # scrolled into view
    assert "国家级 50万元" in target.get_attribute("title")  # says which fact it is
    # the document page shows the whole text, and a measure's span holds its amounts
    assert corpus_graph.nodes[key_for("Measure", SUZHOU, "二.(一).2")].name in page.locator(".pk-text").inner_text()
    assert page.locator("mark.m mark.f").count() >= 5
    assert not page.problems
    page.close()


def test_clicking_an_agency_in_the_overview_opens_its_page(browser, corpus_graph, corpus_views):
    agency = corpus_graph.nodes[key_for("Agency", "苏州市工业和信息化局")]
    page = browser.open(corpus_views / "overview.html")
    _pin(page, agency.key)
    open_link = page.locator("#pk-details a.pk-card-open")
    assert open_link.count() == 1 and "打开页面" in open_link.inner_text()
    href = open_link.get_attribute("href")
    assert href.startswith("agencies/") and (corpus_views / href).is_file(), href
    # a double click on the node opens it too
    x, y = page.evaluate("""(id) => { const net = window.policykgView.network, p = net.getPositions([id])[id];
        const d = net.canvasToDOM(p), r = document.getElementById('pk-network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""", agency.key)
    page.mouse.dblclick(x, y)
    page.wait_for_url("**/agencies/*.html")
    assert unquote(page.url).endswith(href) and page.locator("h1").inner_text() == agency.name
    page.close()


def _dom_boxes(page, ids: list[str]) -> dict:
    """Each node's box on the page (DOM pixels) and the canvas's, at the view the page opened with."""
    return page.evaluate("""(ids) => { const net = window.policykgView.network;
        const r = document.getElementById('pk-network').getBoundingClientRect(), out = {};
        for (const id of ids) { const b = net.getBoundingBox(id);
            const a = net.canvasToDOM({x: b.left, y: b.top}), z = net.canvasToDOM({x: b.right, y: b.bottom});
            out[id] = [a.x, a.y, z.x, z.y]; }
        return {nodes: out, canvas: [r.width, r.height], scale: net.getScale()}; }""", ids)


def test_policy_view_shows_title_funding_and_who_is_responsible(browser, corpus_graph, corpus_views):
    policy = corpus_graph.nodes[key_for("Policy", SUZHOU)]
    page = browser.open(_policy_page(corpus_graph, corpus_views, SUZHOU))
    funding = page.evaluate("window.policykgView.nodes.get({filter: n => n.kind === 'Funding'}).map(n => n.id)")
    boxes = _dom_boxes(page, [policy.key, *funding])
    width = boxes["canvas"][0]
    left, _top, right, _bottom = boxes["nodes"][policy.key]
    assert 0 <= left and right <= width, boxes  # the title's box is whole, not cut at the left edge
    assert boxes["scale"] >= 0.6  # at a size its labels can be read
    assert all(0 <= b[0] and b[2] <= width for k, b in boxes["nodes"].items() if k in funding), boxes
    # measures x agencies, lead / co, beside the graph
    table = page.locator("table.pk-matrix")
    assert table.is_visible()
    assert table.bounding_box()["x"] >= page.locator("#pk-network").bounding_box()["x"] + width - 1
    heads = page.locator("th.pk-matrix-agency").all_inner_texts()
    assert heads[0] == "苏州市工业和信息化局"  # the one that leads comes first
    assert {"苏州市财政局", "苏州市科学技术局"} <= set(heads)
    row = page.locator("tbody tr", has=page.locator("th", has_text="加强组织领导"))
    lead = row.locator("td.l")
    assert lead.count() == 1 and lead.inner_text() == "牵"
    lead.hover()  # the cell names its agency and measure (set on hover, not repeated in the markup)
    title = lead.get_attribute("title") or ""
    assert title.startswith("牵头 lead: ") and title.split("\n")[0][len("牵头 lead: "):] in heads, title
    assert "加强组织领导" in title
    href = lead.locator("a").get_attribute("href")
    assert href.startswith("../documents/") and "#ev-" in href
    agency_link = page.locator("th.pk-matrix-agency a").first.get_attribute("href")
    assert agency_link.startswith("../agencies/") and (corpus_views / "policies" / agency_link).resolve().is_file()
    lead.locator("a").click()
    page.wait_for_load_state("load")
    assert "市工业和信息化局" in page.locator(":target").inner_text()  # the sentence that makes it lead
    assert not page.problems
    page.close()


@pytest.mark.parametrize("name", ["overview", "overlap"])
def test_first_view_labels_the_hubs_and_groups_by_policy(browser, corpus_graph, corpus_views, name):
    page = browser.open(corpus_views / f"{name}.html")
    seen = page.evaluate("""() => { const v = window.policykgView, net = v.network, s = net.getScale();
        return {scale: s, hubs: v.hubs.map(id => [id, net.body.nodes[id].labelModule.fontOptions.size * s,
                                                   net.body.nodes[id].options.label || ''])}; }""")
    hubs = {h[0] for h in seen["hubs"]}
    policies = {p.key for p in corpus_graph.by_label("Policy")}
    assert len(hubs) >= 6 and policies <= hubs, hubs  # every policy named at first sight, and the busiest agencies
    assert any(h.startswith("agency:") for h in hubs)
    for key, px, label in seen["hubs"]:
        assert px >= 12 and label, (key, px, label)  # drawn, at a readable size (not hidden by drawThreshold)
    boxes = _dom_boxes(page, sorted(hubs))
    width, height = boxes["canvas"]
    assert all(b[2] > 0 and b[0] < width and b[3] > 0 and b[1] < height for b in boxes["nodes"].values())
    # grouped: a measure sits nearer its own policy than any other
    pos = page.evaluate("window.policykgView.network.getPositions()")
    centre = {p: pos[p] for p in policies if p in pos}
    measures = [m for m in corpus_graph.by_label("Measure") if m.key in pos]
    near = sum(min(centre, key=lambda p: (pos[m.key]["x"] - centre[p]["x"]) ** 2 + (pos[m.key]["y"] - centre[p]["y"]) ** 2)
               == key_for("Policy", m.get("policy")) for m in measures)
    assert measures and near == len(measures), (near, len(measures))
    assert not page.problems
    page.close()
