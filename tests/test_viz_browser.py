"""The views in a real browser: Debian's headless Chromium, offline, driven by Playwright.

Each page loads from a file:// URL with every other request aborted (and the
context offline), logs no console error, draws exactly the nodes and edges the
graph says, and leaves a non-blank screenshot in ``test-artifacts/viz/``.
Pages made of hostile text run none of it: not on load, not on hovering a
node, not on opening its details, not on typing into the search box; with the
Content-Security-Policy on, and with it bypassed (escaping alone must hold).

Needs /usr/bin/chromium and the Noto CJK fonts (``scripts/setup-system.sh``);
under CI a missing piece fails, elsewhere it skips.  Playwright never
downloads a browser here: it drives the system one.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _viz_helpers import (  # noqa: E402
    PAYLOADS,
    expected_counts,
    hostile_graph,
    hostile_texts,
    png_colours,
    view_pages,
)
from conftest import require  # noqa: E402

from policykg.viz import write_views  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "viz"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--proxy-server=127.0.0.1:9"]
HOW = "apt-get install chromium fonts-noto-cjk (or run scripts/setup-system.sh)"
VIEWPORT = {"width": 1400, "height": 900}


def _cjk_font() -> bool:
    if not shutil.which("fc-match"):
        return False
    found = subprocess.run(["fc-match", "-f", "%{family}", "Noto Sans CJK SC"], capture_output=True, text=True)
    return "Noto Sans CJK" in found.stdout


class Browser:
    """One fresh Chromium profile; every non-file request is recorded and aborted."""

    def __init__(self, pw, profile: Path, *, bypass_csp: bool = False) -> None:
        self.attempted: list[str] = []
        self.ctx = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT, offline=True, bypass_csp=bypass_csp, service_workers="block")
        self.ctx.route("**/*", self._route)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.attempted.append(route.request.url)
            route.abort()

    def open(self, path: Path, *, settle: bool = True):
        page = self.ctx.new_page()
        page.problems = []
        page.on("console", lambda m: page.problems.append(f"{m.type}: {m.text}")
                if m.type in ("error", "warning") and not _BROWSER_HINT.search(m.text) else None)
        page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("requestfailed", lambda r: page.problems.append(f"request failed: {r.url}"))
        page.goto(path.as_uri(), wait_until="load")
        if settle:
            wait_settled(page)
        return page

    def close(self) -> None:
        self.ctx.close()


def wait_settled(page, timeout: float = 60.0) -> None:
    # polled with evaluate: the page's CSP forbids the eval that wait_for_function uses
    deadline = time.monotonic() + timeout
    while not page.evaluate("Boolean(window.policykgView && window.policykgView.settled)"):
        assert time.monotonic() < deadline, f"{page.url} did not settle: {page.problems}"
        page.wait_for_timeout(50)


# Chromium's own performance hints (Canvas2D willReadFrequently) are not problems of the page
_BROWSER_HINT = re.compile(r"^Canvas2D: Multiple readback operations using getImageData")


@pytest.fixture(scope="module")
def playwright_driver():
    require(CHROMIUM.exists(), "Chromium (/usr/bin/chromium)", HOW)
    require(_cjk_font(), "The Noto CJK fonts", HOW)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        require(False, "Playwright (Python package)", "pip install -e '.[test]'")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright_driver, tmp_path_factory):
    b = Browser(playwright_driver, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.fixture(scope="module")
def corpus_views(corpus_graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("views-corpus")
    write_views(corpus_graph, out)
    return out


@pytest.fixture(scope="module")
def gold_views(gold_graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("views-gold")
    write_views(gold_graph, out)
    return out


def drawn(page) -> dict:
    return page.evaluate("""() => {
        const v = window.policykgView;
        const canvas = document.querySelector('#pk-network canvas');
        const ctx = canvas.getContext('2d');
        const img = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set();
        for (let i = 0; i < img.length; i += 4 * 53) colours.add(img[i] << 24 | img[i+1] << 16 | img[i+2] << 8 | img[i+3]);
        return {nodes: v.network.body.data.nodes.length, edges: v.network.body.data.edges.length,
                dsNodes: v.nodes.length, dsEdges: v.edges.length, expected: v.expected, kind: v.kind,
                focus: JSON.parse(document.getElementById('pk-data').textContent).focus,
                colours: colours.size, errors: v.errors, settleMs: v.settleMs};
    }""")


def drawn_painted(page, timeout: float = 30.0) -> dict:
    """:func:`drawn`, once the canvas shows more than a few colours (vis paints on an animation
    frame after it settles, which a loaded machine can delay) or the timeout passes."""
    deadline = time.monotonic() + timeout
    d = drawn(page)
    while d["colours"] <= 5 and d["nodes"] and time.monotonic() < deadline:
        page.wait_for_timeout(200)
        d = drawn(page)
    return d


def shoot(page, name: str, *, check: bool) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if check:
        net = ARTIFACTS / f"{name}-network.png"
        page.locator("#pk-network").screenshot(path=str(net))
        assert png_colours(net) > 40, f"{net} looks blank"


def test_cjk_font_is_installed():
    require(_cjk_font(), "The Noto CJK fonts", HOW)


def test_every_corpus_view_loads_offline_and_draws_the_graph(browser, corpus_graph, corpus_views):
    pages = [corpus_views / "index.html", *view_pages(corpus_views)]
    assert len(pages) >= 3 + len(corpus_graph.by_label("Policy"))
    checked = {"overview", "overlap"}
    for path in pages:
        if path.name == "index.html":
            page = browser.open(path, settle=False)
            assert page.locator("svg.pk-chart").count() >= 1
            shoot(page, "corpus-index", check=False)
        else:
            page = browser.open(path)
            d = drawn_painted(page)
            data = {"kind": d["kind"], "focus": d["focus"]}
            want = expected_counts(corpus_graph, data)
            assert (d["nodes"], d["edges"]) == want == (d["dsNodes"], d["dsEdges"]), path
            assert d["expected"] == {"nodes": want[0], "edges": want[1]}
            assert not d["errors"]
            if want[0]:
                assert d["colours"] > 5, f"{path} canvas looks blank"
            first = d["kind"] not in checked
            checked.add(d["kind"])
            shoot(page, f"corpus-{path.parent.name}-{path.stem}" if path.parent != corpus_views else f"corpus-{path.stem}",
                  check=first or path.stem in ("overview", "overlap"))
        assert not page.problems, (path, page.problems)
        page.close()
    assert browser.attempted == []


@pytest.mark.parametrize("name", ["overview", "overlap", "policy", "agency"])
def test_gold_views_screenshots(browser, gold_graph, gold_views, name):
    if name in ("overview", "overlap"):
        path = gold_views / f"{name}.html"
    else:
        folder = gold_views / ("policies" if name == "policy" else "agencies")
        path = max(folder.glob("*.html"), key=lambda p: p.stat().st_size)  # the busiest one
    page = browser.open(path)
    d = drawn(page)
    assert (d["nodes"], d["edges"]) == expected_counts(gold_graph, {"kind": d["kind"], "focus": d["focus"]})
    shoot(page, f"gold-{name}", check=True)
    assert not page.problems and browser.attempted == []
    page.close()


def test_search_and_legend_filter(browser, gold_views):
    page = browser.open(gold_views / "overview.html")
    page.locator("#pk-search").press_sequentially("财政局")
    results = page.locator("#pk-results button")
    assert results.count() >= 1 and all("财政局" in t for t in results.all_text_contents())
    selected = page.evaluate("window.policykgView.network.getSelectedNodes().length")
    assert selected == results.count()
    page.locator("#pk-only").check()
    visible = page.evaluate("window.policykgView.nodes.get({filter: n => !n.hidden}).length")
    assert visible == results.count()
    page.locator("#pk-reset").click()
    page.locator('input[data-label="Agency"]').uncheck()
    agencies = page.evaluate("window.policykgView.nodes.get({filter: n => n.kind === 'Agency' && !n.hidden}).length")
    assert agencies == 0
    results.count()
    assert not page.problems
    page.close()


def hover_node(page, node_id: str) -> str:
    """Move the real mouse onto a node; the tooltip's text."""
    x, y = page.evaluate("""(id) => {
        const v = window.policykgView, net = v.network;
        const p = net.getPositions([id])[id];
        net.moveTo({position: p, scale: 1.0});
        const d = net.canvasToDOM(p), r = document.getElementById('pk-network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y];
    }""", node_id)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    page.wait_for_timeout(120)
    return page.evaluate("document.getElementById('pk-tip').hidden ? null : document.getElementById('pk-tip').textContent")


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_injected_text_never_runs(playwright_driver, tmp_path_factory, bypass_csp):
    g = hostile_graph()
    out = tmp_path_factory.mktemp("views-hostile")
    paths = write_views(g, out, texts=hostile_texts)
    b = Browser(playwright_driver, tmp_path_factory.mktemp("chromium-hostile"), bypass_csp=bypass_csp)
    quiet = "(() => [window.__pwned, document.title])()"
    try:
        for path in paths:
            static = path.name == "index.html" or path.parent.name == "documents"  # pages of text, no script
            page = b.open(path, settle=not static)
            title = html.unescape(re.search(r"<title>(.*?)</title>", path.read_text("utf-8"), re.S).group(1))
            assert page.evaluate(quiet) == [None, title]
            if static:
                assert "<script>window.__pwned=1" in page.locator("body").inner_text()
                for mark in page.locator("mark[id]").all()[:12]:  # a span's tip is its title, text too
                    mark.hover()
                assert page.evaluate(quiet) == [None, title] and not page.problems, path
                page.close()
                continue
            nodes = page.evaluate("window.policykgView.nodes.get().map(n => [n.id, n.name])")
            hostile = [(i, n) for i, n in nodes if any(p[:12] in n for p in PAYLOADS)]
            assert hostile
            for node_id, name in hostile[:4]:
                text = hover_node(page, node_id)
                assert text is not None and " ".join(name.split())[:20] in text, (path, name, text)
                assert page.evaluate("document.querySelectorAll('#pk-tip *:not(div):not(b):not(a)').length") == 0
                hrefs = page.evaluate("[...document.querySelectorAll('#pk-tip a')].map(a => a.getAttribute('href'))")
                assert all(not re.match(r"^[a-z][a-z0-9+.-]*:", h, re.I) and (out / path.parent.relative_to(out) / h.split("#")[0]).resolve().is_file()
                           for h in hrefs), hrefs  # links only to pages written beside it
                page.mouse.down()
                page.mouse.up()
                assert page.evaluate("document.querySelectorAll('#pk-details img, #pk-details svg, #pk-details script').length") == 0
            page.evaluate("""() => { const v = window.policykgView;
                v.edges.getIds().forEach(id => { v.showTip('e:' + id); v.showDetails('e:' + id); }); }""")
            if path.stem == "overview" or path.parent.name == "policies":
                search = page.locator("#pk-search")
                for payload in PAYLOADS if path.stem == "overview" else PAYLOADS[:2]:
                    search.fill("")
                    search.press_sequentially(payload[:16])
                    buttons = page.locator("#pk-results button")
                    assert buttons.count() and payload[:10] in buttons.first.text_content()
                    buttons.first.click()
                search.press("Enter")
            page.wait_for_timeout(200)
            assert page.evaluate(quiet) == [None, title], path
            assert not page.problems, (path, page.problems)
            page.close()
        assert b.attempted == []
    finally:
        b.close()
