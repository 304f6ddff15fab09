"""What a person sees in the views, checked in headless Chromium: the words on the canvas, the tips,
the links and the tables a reader looks for (issue 16).

The pages load as in test_viz_browser.py (Debian's Chromium, offline, a fresh profile).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_viz_browser import browser, corpus_views, hover_node, playwright_driver  # noqa: E402,F401

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


def test_overlap_header_explains_the_score_in_words(browser, corpus_views):
    page = browser.open(corpus_views / "overlap.html")
    header = page.locator("header .pk-sub").inner_text()
    assert "相似度" in header and "相同的关键词" in header and "at least 0.12" in header, header
    for formula in ("tfidf", "cosine", ">=", "overlap-v2", "jaccard"):
        assert formula not in header, header
    assert page.locator("header .pk-sub").is_visible()
    page.close()
