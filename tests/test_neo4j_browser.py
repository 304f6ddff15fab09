"""The canned questions in the Neo4j Browser: the generated guide, its server, and a real Browser session.

* The guide (``policykg/queries/guide/index.html``) is the one :mod:`policykg.queries.browser_guide`
  generates from the query files (so it cannot go stale), lists every question with its titles,
  description, ``:param`` commands and Cypher as runnable blocks, and its ``:param`` literals mean the
  values they show (checked by Neo4j itself).
* ``scripts/guide_server.py`` serves it with the CORS headers the Browser needs, and the server that
  ``scripts/neo4j-local`` runs serves this very file and allows its host
  (``browser.remote_content_hostname_whitelist``).
* End to end: Debian's headless Chromium (driven by Playwright) opens http://127.0.0.1:7474/browser/,
  connects with the NEO4J_* credentials, runs agency_workload's Cypher typed into the editor and finds
  the agency the gold gives most measures; then opens the guide with ``:guide URL``, runs a question's
  ``:param`` block and its query from the guide, and checks the Browser streams as many records as the
  driver returns.  Screenshots go to ``test-artifacts/neo4j-browser/``.

Needs /usr/bin/chromium (``scripts/setup-system.sh``) and a Neo4j server with the Browser; under CI a
missing piece fails, elsewhere it skips.  ``NEO4J_BROWSER_URL`` overrides the Browser's address.
"""
from __future__ import annotations

import html.parser
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cypher_helpers import HOW, TOP_AGENCY, connect_or_skip, ensure_loaded, neo4j_env  # noqa: E402
from _viz_helpers import png_colours  # noqa: E402
from conftest import require  # noqa: E402

from policykg.queries import get_question, list_questions, run_question  # noqa: E402
from policykg.queries.browser_guide import (  # noqa: E402
    FULLTEXT_EXAMPLE,
    GUIDE_DIR,
    GUIDE_FILE,
    GUIDE_PORT,
    SETUP_SLIDES,
    STYLE_FILE,
    cypher_literal,
    guide_url,
    param_command,
    param_value,
    render_guide,
    style_url,
)
from policykg.queries.cypher import query_body  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "neo4j-browser"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
CHROMIUM_HOW = "apt-get install chromium fonts-noto-cjk (or run scripts/setup-system.sh)"
REGENERATE = "policykg neo4j guide --out src/policykg/queries/guide"
TIMEOUT_MS = 120_000


# -- the guide page ---------------------------------------------------------------------------------


class GuideParser(html.parser.HTMLParser):
    """Slides of a guide: their text, and the text of their runnable ``pre`` blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.slides: list[dict] = []
        self._pre: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "slide":
            self.slides.append({"question": attrs.get("data-question"), "text": "", "runnable": []})
        elif tag == "pre" and "runnable" in (attrs.get("class") or "").split():
            self._pre = {"param": attrs.get("data-param"), "query": attrs.get("data-query"),
                         "graph": attrs.get("data-graph"), "setup": attrs.get("data-setup"),
                         "search": attrs.get("data-search"), "text": ""}
        elif tag == "a" and attrs.get("data-exec") and self.slides:
            self.slides[-1].setdefault("links", []).append(attrs["data-exec"])

    def handle_endtag(self, tag):
        if tag == "pre" and self._pre is not None:
            self.slides[-1]["runnable"].append(self._pre)
            self._pre = None

    def handle_data(self, data):
        if self.slides:
            self.slides[-1]["text"] += data
        if self._pre is not None:
            self._pre["text"] += data


def parse_guide(text: str) -> list[dict]:
    parser = GuideParser()
    parser.feed(text)
    return parser.slides


def test_packaged_guide_is_generated_from_the_query_files():
    packaged = (GUIDE_DIR / GUIDE_FILE).read_text("utf-8")
    assert packaged == render_guide(), f"the Browser guide is stale: run `{REGENERATE}`"


def test_guide_lists_every_question_with_runnable_params_and_cypher():
    slides = parse_guide(render_guide())
    questions = list_questions()
    assert [s["question"] for s in slides[SETUP_SLIDES:]] == [q.name for q in questions]
    for q in questions:
        assert q.title_zh in slides[0]["text"] and q.title_en in slides[0]["text"]
        slide = next(s for s in slides if s["question"] == q.name)
        text = " ".join(slide["text"].split())
        for part in (q.title_zh, q.title_en):
            assert part in text, (q.name, part)
        params = [r for r in slide["runnable"] if r["param"]]
        assert [r["param"] for r in params] == [p.name for p in q.params]
        for r, p in zip(params, q.params):
            assert r["text"] == f":param {p.name} => {cypher_literal(param_value(q, p))}"
        (query,) = [r for r in slide["runnable"] if r["query"]]
        assert query["query"] == q.name and query["text"] == query_body(q.cypher)
        graphs = [r for r in slide["runnable"] if r["graph"]]
        assert [r["text"] for r in graphs] == ([query_body(q.graph_cypher)] if q.graph_cypher else [])


def test_guide_contents_open_their_slides_and_read_as_text():
    """Each entry of the contents opens its slide; no raw markdown, backticks or module names show."""
    slides = parse_guide(render_guide())
    targets = [link.rsplit("#slide-", 1) for link in slides[0]["links"]]
    assert all(t[0] == f"guide {guide_url()}" for t in targets)
    opened = [int(t[1]) for t in targets]
    assert opened == list(range(1, len(slides)))  # every slide, in order
    for i, slide in enumerate(slides):
        text = slide["text"] + "".join(r["text"] for r in slide["runnable"])
        prose = slide["text"]
        for r in slide["runnable"]:
            prose = prose.replace(r["text"], "")
        assert "`" not in prose and not re.search(r"\*\w", prose), (i, prose[:200])
        assert not re.search(r"policykg\.(?!grass)\w", text), (i, re.search(r"policykg\.\w+", text))
        if i:
            assert f"guide {guide_url()}#slide-0" in slide["links"]  # back to the contents


def test_guide_has_the_style_sheet_and_a_full_text_example():
    slides = parse_guide(render_guide())
    setup = {r["setup"]: r["text"] for r in slides[1]["runnable"] if r["setup"]}
    assert setup == {"style": f":style {style_url()}", "config": ":config autoComplete: false"}
    assert (GUIDE_DIR / STYLE_FILE).is_file()
    search = {r["search"]: r["text"] for r in slides[2]["runnable"] if r["search"]}
    assert set(search) == {"table", "graph"}
    assert f"queryNodes('policykg_names', '{FULLTEXT_EXAMPLE}')" in search["table"]


def test_style_sheet_parses_as_the_browser_reads_it():
    """The Browser's GraSS reader: no comments, selector { property: value; ... } with one colon a value."""
    text = (GUIDE_DIR / STYLE_FILE).read_text("utf-8")
    assert "/*" not in text and "//" not in text
    rules = dict(re.findall(r"([\w.]+)\s*\{((?:'[^']*'|[^}'])*)\}", text))  # braces in quotes are captions
    assert {"node", "relationship", "node.Agency", "node.Funding", "node.Document", "relationship.RESPONSIBLE_FOR"} \
        <= set(rules)
    for selector, body in rules.items():
        for decl in filter(None, (d.strip() for d in body.split(";"))):
            assert decl.count(":") == 1, (selector, decl)
    assert "caption: '{role}'" in rules["relationship.RESPONSIBLE_FOR"]
    assert "caption: '{caption}'" in rules["node.Funding"] and "caption: '{caption}'" in rules["node.Document"]


def test_guide_param_values_are_the_defaults_or_examples():
    for q in list_questions():
        shown = {p.name: param_value(q, p) for p in q.params}
        assert q.bind(shown) == shown  # the guide's :param blocks together are a valid call
        for p in q.params:
            value = shown[p.name]
            if p.default is not None:
                assert value == p.default
            else:  # a required parameter shows an example that the sample corpus answers
                assert value not in ("", 0), (q.name, p.name)


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_param_literals_mean_the_values_shown():
    """Neo4j itself reads each ``:param`` literal of the guide (quotes and backslashes included)."""
    values = [param_value(q, p) for q in list_questions() for p in q.params] + ["O'Brien \\ \"引号\"", -1.5, 7]
    with connect_or_skip() as neo:
        for value in values:
            got = neo.run_read(f"RETURN {cypher_literal(value)} AS v")[0]["v"]
            assert got == value and type(got) is type(value), (value, got)


# -- serving it ----------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, method: str = "GET", timeout: float = 10) -> tuple[int, Any, bytes]:
    req = urllib.request.Request(url, method=method, headers={"Origin": "http://127.0.0.1:7474",
                                                              "Access-Control-Request-Headers": "pragma"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status, resp.headers, resp.read()


@pytest.fixture(scope="module")
def guide_server():
    """scripts/guide_server.py serving the packaged guide on a free port (our own process)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "guide_server.py"), "--bind", "127.0.0.1",
                             "--port", str(port), "--directory", str(GUIDE_DIR)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/{GUIDE_FILE}"
    deadline = time.monotonic() + 30
    while True:
        try:
            _get(url, timeout=2)
            break
        except OSError:
            assert proc.poll() is None, f"guide_server.py exited: {proc.stdout.read()}"
            assert time.monotonic() < deadline, "guide_server.py did not answer within 30 s"
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def served_guide(port: int) -> str:
    """The packaged guide as the guide server serves it on ``port`` (its links name that port)."""
    return (GUIDE_DIR / GUIDE_FILE).read_text("utf-8").replace(f"http://127.0.0.1:{GUIDE_PORT}/",
                                                               f"http://127.0.0.1:{port}/")


def test_guide_server_serves_the_guide_with_cors(guide_server):
    status, headers, body = _get(guide_server)
    assert status == 200 and body.decode("utf-8") == served_guide(urlparse(guide_server).port)
    assert "#slide-0" in body.decode("utf-8") and f":{GUIDE_PORT}/" not in body.decode("utf-8")
    status, _, grass = _get(guide_server.replace(GUIDE_FILE, STYLE_FILE))
    assert status == 200 and grass == (GUIDE_DIR / STYLE_FILE).read_bytes()
    assert headers["Access-Control-Allow-Origin"] == "*" and "text/html" in headers["Content-Type"]
    status, headers, _ = _get(guide_server, method="OPTIONS")  # the Browser's preflight (pragma header)
    assert status == 204 and "pragma" in headers["Access-Control-Allow-Headers"].lower()


def _local_server_in_use() -> bool:
    """True when NEO4J_URI is the server of scripts/neo4j-local (its status says running)."""
    status = subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-local"), "status"], capture_output=True, text=True)
    uri = neo4j_env()["NEO4J_URI"]
    return status.returncode == 0 and urlparse(uri).port == int(os.environ.get("NEO4J_BOLT_PORT", "7687"))


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_local_server_serves_and_allows_the_guide():
    require(_local_server_in_use(), "The Neo4j of scripts/neo4j-local", HOW)
    port = int(os.environ.get("NEO4J_GUIDE_PORT", GUIDE_PORT))
    status, headers, body = _get(f"http://127.0.0.1:{port}/{GUIDE_FILE}")
    assert status == 200 and body.decode("utf-8") == served_guide(port)
    with connect_or_skip() as neo:
        config = {r["name"]: r["value"] for r in neo.run_read("SHOW SETTINGS YIELD name, value "
                                                              "WHERE name STARTS WITH 'browser.' RETURN name, value")}
    allowed = [h.strip() for h in config["browser.remote_content_hostname_whitelist"].split(",")]
    assert "127.0.0.1" in allowed


# -- a real Browser session -------------------------------------------------------------------------------


def _browser_url() -> str:
    return os.environ.get("NEO4J_BROWSER_URL") or \
        f"http://127.0.0.1:{os.environ.get('NEO4J_HTTP_PORT', '7474')}/browser/"


def _reachable(url: str) -> bool:
    try:
        return _get(url, timeout=10)[0] == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def neo_corpus(corpus_graph):
    neo = connect_or_skip()
    ensure_loaded(neo, corpus_graph)
    yield neo
    neo.close()


@pytest.fixture(scope="module")
def page(neo_corpus, tmp_path_factory):
    require(CHROMIUM.exists(), "Chromium (/usr/bin/chromium)", CHROMIUM_HOW)
    require(_reachable(_browser_url()), f"The Neo4j Browser at {_browser_url()}",
            "scripts/neo4j-local installs it from Maven Central (org.neo4j.client:neo4j-browser)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        require(False, "Playwright (Python package)", "pip install -e '.[test]'")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 900}, service_workers="block")
        ctx.set_default_timeout(TIMEOUT_MS)
        # only the Browser, Bolt and the guide (all on loopback): no waiting on outside hosts it tries
        ctx.route(re.compile(r"^https?://(?!(127\.0\.0\.1|localhost)[:/])"), lambda route: route.abort())
        p = ctx.new_page()
        p.goto(_browser_url(), wait_until="load")
        connect(p)
        yield p
        ctx.close()


@pytest.fixture(autouse=True)
def _corpus_still_loaded(request, corpus_graph):
    """Other Neo4j tests share the database: make sure it holds the corpus before each Browser test."""
    if "neo_corpus" in request.fixturenames:
        ensure_loaded(request.getfixturevalue("neo_corpus"), corpus_graph)


def connect(page) -> None:
    """Fill the Browser's connect form with the NEO4J_* settings and wait until it is connected."""
    env = neo4j_env()
    uri = urlparse(env["NEO4J_URI"])
    page.locator("[data-testid=password]").wait_for()
    scheme = uri.scheme if uri.scheme in ("bolt", "neo4j") else "bolt"
    page.select_option("[data-testid=bolt-scheme-select]", f"{scheme}://")
    page.fill("[data-testid=boltaddress]", f"{uri.hostname}:{uri.port or 7687}")
    page.fill("[data-testid=username]", env["NEO4J_USER"])
    page.fill("[data-testid=password]", env["NEO4J_PASSWORD"])
    page.click("[data-testid=connect]")
    page.get_by_text("You are connected as user").first.wait_for()


def run_in_editor(page, text: str) -> None:
    """Put ``text`` in the Browser's editor (as a paste would) and run it."""
    editor = page.locator("[data-testid=activeEditor]")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)
    page.click("[data-testid=editor-Run]")


def set_param(page, command: str) -> None:
    """Run a ``:param`` command and wait until the Browser has set it (a query run sooner lacks the parameter)."""
    done = page.locator("[data-testid=frame]").filter(has_text=command).filter(has_text="Successfully set your parameters")
    before = done.count()
    run_in_editor(page, command)
    page.wait_for_function(
        "([cmd, n]) => [...document.querySelectorAll('[data-testid=frame]')].filter(f => f.innerText.includes(cmd)"
        " && f.innerText.includes('Successfully set your parameters')).length > n", arg=[command, before])


def result_frame(page, *texts: str):
    """The newest result frame whose text contains every one of ``texts``, once it has finished streaming."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    frames = page.locator("[data-testid=frame]")
    frame = frames
    for text in texts + ("completed after",):
        frame = frame.filter(has_text=text)
    try:
        frame.first.wait_for()
    except PlaywrightTimeout:  # say what the Browser showed instead, so a failure in CI can be read
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "result-frame-timeout.png"))
        shown = [frames.nth(i).inner_text(timeout=5000)[:600] for i in range(min(3, frames.count()))]
        raise AssertionError(f"no finished result frame holds {texts}; the newest frames read: {shown}") from None
    return frame.first


def streamed_records(frame) -> int:
    status = frame.locator("[data-testid=frameStatusbar]").inner_text()
    found = re.search(r"Started streaming (\d+) records?", status)
    assert found, status
    return int(found.group(1))


def check_screenshot(locator, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    locator.screenshot(path=str(path))
    assert path.stat().st_size > 5000 and png_colours(path) > 20, f"{path} looks blank"
    return path


@pytest.mark.neo4j
@pytest.mark.browser
@pytest.mark.xdist_group("neo4j")
def test_browser_runs_a_canned_question(page, neo_corpus):
    question = get_question("agency_workload")
    for param in question.params:  # an analyst sets the optional in-force day first (empty: every policy)
        set_param(page, param_command(question, param))
    run_in_editor(page, query_body(question.cypher))
    frame = result_frame(page, "agency_name", "lead_measures", TOP_AGENCY)
    expected = run_question("agency_workload", engine="neo4j", store=neo_corpus)["rows"]
    assert expected[0]["agency_name"] == TOP_AGENCY
    assert streamed_records(frame) == len(expected)
    page.screenshot(path=str(ARTIFACTS / "agency_workload-page.png"))
    check_screenshot(frame, "agency_workload")


def open_guide(page, url: str, first_title: str, timeout: float = 90.0) -> None:
    """``:guide url`` until the guide shows (right after connecting, the Browser may not have read the
    server's allowlist yet and refuses the host; it is read once per connection)."""
    drawer = page.locator("[data-testid=guidesDrawer]")
    deadline = time.monotonic() + timeout
    while True:
        run_in_editor(page, f":guide {url}")
        drawer.filter(has_text=re.compile(f"{re.escape(first_title)}|not allowed|error", re.IGNORECASE)) \
            .first.wait_for()
        if first_title in drawer.inner_text():
            return
        assert time.monotonic() < deadline, f"the Browser does not show the guide: {drawer.inner_text()[:300]}"
        page.wait_for_timeout(500)


@pytest.mark.neo4j
@pytest.mark.browser
@pytest.mark.xdist_group("neo4j")
def test_browser_guide_runs_a_parameterised_question(page, neo_corpus, guide_server):
    questions = list_questions()
    open_guide(page, guide_server, questions[0].title_zh)
    drawer = page.locator("[data-testid=guidesDrawer]")
    for q in questions:  # the table of contents lists them all
        assert q.title_zh in drawer.inner_text()
    question = get_question("agency_measures")
    names = [q.name for q in questions]
    drawer.locator("a", has_text=question.title_zh).first.click()  # its entry in the contents opens its slide
    target = drawer.locator(f"pre[data-query={question.name}]")
    target.wait_for()
    page.click("[data-testid=guideNextSlide]")  # and the carousel goes on from there
    drawer.locator(f"pre[data-query={names[names.index(question.name) + 1]}]").wait_for()
    page.click("[data-testid=guidePreviousSlide]")
    assert question.title_zh in drawer.inner_text()
    check_screenshot(drawer, "guide-agency_measures")

    for param in question.params:  # the agency, then the optional in-force day (empty: every policy)
        value = param_value(question, param)
        drawer.locator(f"pre[data-param={param.name}]").click()
        page.click("[data-testid=editor-Run]")
        page.locator("[data-testid=frame]").filter(has_text=param_command(question, param)) \
            .filter(has=page.locator("[data-testid=rawParamData]", has_text=value)) \
            .filter(has_text="Successfully set your parameters").first.wait_for()
    param = question.params[0]
    value = param_value(question, param)

    target.click()
    page.click("[data-testid=editor-Run]")
    frame = result_frame(page, "evidence_sentence", value)
    expected = run_question(question.name, {param.name: value}, engine="neo4j", store=neo_corpus)["rows"]
    assert expected and streamed_records(frame) == len(expected)
    check_screenshot(frame, "agency_measures")


@pytest.mark.neo4j
@pytest.mark.browser
@pytest.mark.xdist_group("neo4j")
def test_browser_plays_the_guide_in_a_frame(page, guide_server):
    run_in_editor(page, f":play {guide_server}")
    frame = page.locator("[data-testid=frame]").filter(has_text=f":play {guide_server}") \
        .filter(has_text=list_questions()[0].title_zh).first
    frame.wait_for()
    check_screenshot(frame, "guide-play")


def _captions(frame, selector: str) -> list[str]:
    """The caption of each drawn node (``g.node``) or relationship (``g.relationship``), lines joined."""
    return frame.evaluate("(f, sel) => Array.from(f.querySelectorAll(sel)).map(g => Array.from("
                          "g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' ').trim())",
                          f"svg g.{selector}")


def _click_run(page, locator) -> None:
    locator.click()
    page.click("[data-testid=editor-Run]")


@pytest.mark.neo4j
@pytest.mark.browser
@pytest.mark.xdist_group("neo4j")
def test_browser_draws_an_answer_as_a_graph_with_the_guides_style(page, neo_corpus, guide_server):
    """From the guide: apply the style sheet, draw only the answer, open a question from the contents, set
    its parameters and run its graph form: whole names as captions, lead/co on the responsibilities, no
    derived edges, as many nodes and relationships as the answer holds."""
    question = get_question("policy_responsibilities")
    open_guide(page, guide_server, list_questions()[0].title_zh)
    drawer = page.locator("[data-testid=guidesDrawer]")
    drawer.locator("a", has_text="Before you start").first.click()  # an entry of the contents
    for setup, done in (("style", ":style"), ("config", "autoComplete")):
        _click_run(page, drawer.locator(f"pre[data-setup={setup}]"))
        page.locator("[data-testid=frame]").filter(has_text=done).first.wait_for()
    drawer.locator("a", has_text="Back to the contents").first.click()
    drawer.locator("a", has_text=question.title_zh).first.click()
    drawer.locator(f"pre[data-graph={question.name}]").wait_for()
    for param in question.params:
        _click_run(page, drawer.locator(f"pre[data-param={param.name}]"))
        page.locator("[data-testid=frame]").filter(has_text=param_command(question, param)) \
            .filter(has_text="Successfully set your parameters").first.wait_for()
    _click_run(page, drawer.locator(f"pre[data-graph={question.name}]"))
    frame = page.locator("[data-testid=frame]").filter(has=page.locator("svg g.node")).first
    frame.wait_for()
    page.wait_for_timeout(4000)  # let the layout settle before reading and photographing it

    params = {p.name: param_value(question, p) for p in question.params}
    rows = run_question(question.name, params, engine="neo4j", store=neo_corpus)["rows"]
    agencies = {r["agency_name"] for r in rows}
    nodes = _captions(frame, "node")
    assert len(nodes) == 1 + len({r["measure_id"] for r in rows}) + len(agencies)
    shown = {c.replace(" ", "") for c in nodes}
    assert agencies <= shown, agencies - shown  # whole names, not 苏州市工业和信息…
    assert {r["measure_title"] for r in rows} <= shown
    assert not [c for c in nodes if "…" in c and not c.startswith("关于")], nodes  # only a long title is cut
    roles = _captions(frame, "relationship")
    assert roles.count("lead") == sum(r["is_lead"] for r in rows) > 0
    assert roles.count("co") == sum(not r["is_lead"] for r in rows)
    assert len(roles) == len(rows) + len({r["measure_id"] for r in rows})  # no CO_RESPONSIBLE drawn
    assert "CO_RESPONSIBLE" not in frame.inner_text()
    check_screenshot(frame, "policy_responsibilities-graph")


@pytest.mark.neo4j
@pytest.mark.browser
@pytest.mark.xdist_group("neo4j")
def test_browser_full_text_search_finds_agencies_by_a_short_name(page, neo_corpus, guide_server):
    open_guide(page, guide_server, list_questions()[0].title_zh)
    drawer = page.locator("[data-testid=guidesDrawer]")
    drawer.locator("a", has_text="Searching names").first.click()
    _click_run(page, drawer.locator("pre[data-search=table]"))
    frame = result_frame(page, "names_as_written", "福田区工业和信息化局")
    assert "苏州市工业和信息化局" in frame.inner_text()
