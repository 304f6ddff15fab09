"""A Neo4j Browser guide of the canned questions, generated from the query files.

The guide is one HTML page of ``<slide>`` elements, the format Neo4j Browser
5 reads with ``:guide URL`` (side panel) and ``:play URL`` (a frame with a
carousel): a table of contents whose entries open their slide (``:guide
URL#slide-N``), a slide that applies the style sheet (``:style URL`` of
``policykg.grass``, served beside the guide) and keeps drawings to the answer
(``:config autoComplete: false``), a slide on the full-text index of names, then
one slide per question with its Chinese and English titles, description,
columns, one runnable ``:param NAME => value`` block per parameter (the
default, or the example of the question's metadata), its Cypher as a table
(``NAME.cypher`` without its comment header) and, when the metadata names one,
as a graph (``NAME.graph.cypher``, paths the Browser draws): a click puts a
block in the editor.  Descriptions are shown as text (``code`` marks become
code), never as raw markup.

The page is generated from the catalogue (:mod:`policykg.queries.catalog`), so
it cannot drift from the ``.cypher`` and ``.toml`` files: the packaged copy in
``policykg/queries/guide/`` (:data:`GUIDE_DIR`, served by
``scripts/neo4j-local`` on http://127.0.0.1:7475/) is rewritten with
``policykg neo4j guide --out DIR`` and a test fails when it is stale.

Examples
--------
>>> cypher_literal("市'工信'局"), cypher_literal(2), cypher_literal(0.0), cypher_literal("")
("'市\\\\'工信\\\\'局'", '2', '0.0', "''")
>>> "<slide" in render_guide()
True
"""
from __future__ import annotations

import html
import logging
import math
import re
import shutil
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from policykg.errors import ConfigError
from policykg.queries.catalog import Param, Question, list_questions
from policykg.queries.cypher import query_body

__all__ = ["GUIDE_FILE", "GUIDE_DIR", "GUIDE_PORT", "STYLE_FILE", "render_guide", "write_guide", "param_value",
           "param_command", "cypher_literal", "guide_url", "style_url", "FULLTEXT_EXAMPLE", "SETUP_SLIDES"]

log = logging.getLogger(__name__)

#: the guide's file name in its directory
GUIDE_FILE = "index.html"
#: the packaged guide directory (what ``scripts/neo4j-local`` serves)
GUIDE_DIR = Path(str(resources.files("policykg.queries").joinpath("guide")))
#: the port ``scripts/neo4j-local`` serves the guide on
GUIDE_PORT = 7475
#: the Browser style sheet (GraSS) beside the guide
STYLE_FILE = "policykg.grass"
#: slides before the first question's: contents, style, full-text search
SETUP_SLIDES = 3
_TITLE = "policykg 政策知识图谱 · canned questions"
#: the full-text example of the guide: a short name as documents write it finds the agencies
FULLTEXT_EXAMPLE = "工信局"


def guide_url(host: str = "127.0.0.1", port: int = GUIDE_PORT) -> str:
    """The URL to open with ``:guide`` or ``:play`` in Neo4j Browser."""
    return f"http://{host}:{port}/{GUIDE_FILE}"


def style_url(host: str = "127.0.0.1", port: int = GUIDE_PORT) -> str:
    """The URL of the style sheet for ``:style`` (served beside the guide)."""
    return f"http://{host}:{port}/{STYLE_FILE}"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a parameter value (strings single-quoted and escaped, floats with a point)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ConfigError(f"cannot write {value!r} as a Cypher literal")
        text = repr(value)
        return text if any(c in text for c in ".e") else text + ".0"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def param_value(question: Question, param: Param) -> Any:
    """The value a guide shows for ``param``: its default, else the ``example`` of the metadata, else ``''``."""
    if param.default is not None:
        return param.convert(param.default, question.name)
    for raw in question.meta.get("params", []):
        if raw.get("name") == param.name and raw.get("example") is not None:
            return param.convert(raw["example"], question.name)
    return "" if param.type in ("string", "date") else 0


def param_command(question: Question, param: Param) -> str:
    """The Browser command setting ``param``: ``:param NAME => literal``."""
    return f":param {param.name} => {cypher_literal(param_value(question, param))}"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=False)


def _a(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _prose(text: str) -> str:
    """A description as HTML: escaped, ``x`` and `x` as code, *x* as emphasis (no raw markup shows)."""
    out = _e(" ".join(text.split()))
    out = re.sub(r"``(.+?)``|`(.+?)`", lambda m: f"<code>{m.group(1) or m.group(2)}</code>", out)
    return re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"<em>\1</em>", out)


def _cli(question: Question) -> str:
    args = "".join(f" -p {p.name}={param_value(question, p)}" for p in question.params)
    return f"policykg query {question.name} --engine neo4j{args}"


def _go(index: int, text: str) -> str:
    """A link that opens slide ``index`` (0-based) of this guide."""
    return f'<a href="#" data-exec="{_a(f"guide {guide_url()}#slide-{index}")}">{text}</a>'


def _block(text: str, **data: str) -> str:
    attrs = "".join(f' data-{k}="{_a(v)}"' for k, v in data.items())
    return f'<pre class="code runnable"{attrs}>{_e(text)}</pre>'


def _slide(body: str, question: str | None = None) -> str:
    attr = f' data-question="{_a(question)}"' if question else ""
    return f'<slide class="row-fluid"{attr}>\n  <div class="col-sm-12">\n{body}\n  </div>\n</slide>'


def _toc_slide(questions: list[Question]) -> str:
    items = "\n".join(f"      <li>{_go(i, f'<b>{_e(q.title_zh)}</b> · {_e(q.title_en)}')}</li>"
                      for i, q in enumerate(questions, start=SETUP_SLIDES))
    return _slide(f"""    <h3>policykg 政策知识图谱 · canned questions</h3>
    <p class="lead">The {len(questions)} canned questions about who is responsible for what in the loaded policy
    documents, each answered as a table and, where it makes sense, drawn as a graph. Click a title to open its
    slide; on a slide, click a block to put it in the editor, then run it.</p>
    <ul>
      <li>{_go(1, "Before you start: the style sheet and drawings that show only the answer")}</li>
      <li>{_go(2, "Searching names: full-text search finds agencies by the short names documents use")}</li>
    </ul>
    <h4>Questions</h4>
    <ol>
{items}
    </ol>""")


def _style_slide() -> str:
    return _slide(f"""    <h3>Before you start</h3>
    <p>Apply the policykg style sheet: nodes are captioned with whole names (a policy with its title, an
    amount with its value and condition, a source document with its policy's title), and each responsibility
    shows its role, <b>lead</b> (牵头) or <b>co</b> (配合).</p>
    {_block(f":style {style_url()}", setup="style")}
    <p>By default the Browser also draws every relationship between the nodes it shows, such as the derived
    co-responsibility and overlap links between agencies and measures, which hide the answer. Turn that off so
    a drawing shows the answer's own paths:</p>
    {_block(":config autoComplete: false", setup="config")}
    <p>Each question's slide then has two blocks: the answer as a table, and the same answer as a graph.</p>
    <p>{_go(0, "Back to the contents")}</p>""")


def _fulltext_slide() -> str:
    table = (f"CALL db.index.fulltext.queryNodes('policykg_names', '{FULLTEXT_EXAMPLE}') YIELD node, score\n"
             "RETURN labels(node)[0] AS label, node.name AS name, node.aliases AS names_as_written, score\n"
             "ORDER BY score DESC LIMIT 20")
    graph = (f"CALL db.index.fulltext.queryNodes('policykg_names', '{FULLTEXT_EXAMPLE}') YIELD node\n"
             "WHERE node:Agency\n"
             "MATCH path = (node)-[:RESPONSIBLE_FOR]->(:Measure)<-[:HAS_MEASURE]-(:Policy)\n"
             "RETURN path")
    return _slide(f"""    <h3>Searching names</h3>
    <p>The full-text index <code>policykg_names</code> covers the names and titles of every node and the names
    documents write agencies by (市工信局 for 苏州市工业和信息化局, kept on the agency as
    <code>aliases</code>). Chinese text is indexed as pairs of characters, so a short name finds the full ones:
    {_e(FULLTEXT_EXAMPLE)} finds each 工业和信息化局 a document writes as 市工信局 or 区工信局.</p>
    <h5>Matches, best first</h5>
    {_block(table, search="table")}
    <h5>The agencies found, with their measures and policies</h5>
    {_block(graph, search="graph")}
    <p>Replace {_e(FULLTEXT_EXAMPLE)} with any name or title; the question
    {_go(SETUP_SLIDES, "agencies and the names documents write them by")} lists every agency's names.</p>
    <p>{_go(0, "Back to the contents")}</p>""")


def _question_slide(question: Question) -> str:
    params = "\n".join("    " + _block(param_command(question, p), param=p.name) for p in question.params)
    param_rows = "\n".join(
        f"      <tr><td><code>{_e(p.name)}</code></td><td>{_e(p.type)}</td>"
        f"<td>{'required' if p.default is None else _e(cypher_literal(p.default))}</td>"
        f"<td>{_prose(p.description)}</td></tr>" for p in question.params)
    param_part = (f"""    <h5>Parameters</h5>
    <p>Click each block to set the parameter, then run it.</p>
    <table class="table table-condensed">
      <tr><th>name</th><th>type</th><th>default</th><th>meaning</th></tr>
{param_rows}
    </table>
{params}
""" if question.params else "    <p><i>No parameters.</i></p>\n")
    graph = question.graph_cypher
    graph_part = (f"""    <h5>The answer as a graph</h5>
    {_block(query_body(graph), graph=question.name)}
""" if graph else "")
    columns = "\n".join(f"      <dt>{_e(c.name)}</dt><dd>{_prose(c.description)}</dd>" for c in question.columns)
    return _slide(f"""    <h3>{_e(question.title_zh)}</h3>
    <h4>{_e(question.title_en)}</h4>
    <p>{_prose(question.description)}</p>
{param_part}    <h5>The answer as a table</h5>
    {_block(query_body(question.cypher), query=question.name)}
{graph_part}    <h5>Columns</h5>
    <dl>
{columns}
    </dl>
    <p>The same rows on the command line: <code>{_e(_cli(question))}</code></p>
    <p>{_go(0, "Back to the contents")}</p>""", question.name)


def render_guide(questions: Iterable[Question] | None = None) -> str:
    """The guide page (HTML: contents, style, full-text search, then one ``<slide>`` per question)."""
    qs = list(questions) if questions is not None else list_questions()
    slides = "\n\n".join([_toc_slide(qs), _style_slide(), _fulltext_slide()] + [_question_slide(q) for q in qs])
    return f"""<!DOCTYPE html>
<!-- Generated by policykg from the query files; do not edit.
     Regenerate with: policykg neo4j guide --out src/policykg/queries/guide
     Open in Neo4j Browser: :guide {guide_url()}  (or :play {guide_url()}) -->
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{_e(_TITLE)}</title>
</head>
<body>
<article class="guide">
{slides}
</article>
</body>
</html>
"""


def write_guide(out_dir: str | Path | None = None) -> Path:
    """Write the guide to ``out_dir/index.html`` (default :data:`GUIDE_DIR`) and the style sheet beside it;
    returns the guide's file."""
    out = Path(out_dir) if out_dir is not None else GUIDE_DIR
    try:
        out.mkdir(parents=True, exist_ok=True)
        path = out / GUIDE_FILE
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(render_guide(), encoding="utf-8")
        tmp.replace(path)
        if out.resolve() != GUIDE_DIR.resolve():
            shutil.copyfile(GUIDE_DIR / STYLE_FILE, out / STYLE_FILE)
    except OSError as exc:
        raise ConfigError(f"cannot write the Neo4j Browser guide to {out}: {exc}") from exc
    log.info("wrote the Neo4j Browser guide to %s", path)
    return path
