"""A Neo4j Browser guide of the canned questions, generated from the query files.

The guide is one HTML page of ``<slide>`` elements, the format Neo4j Browser
5 reads with ``:guide URL`` (side panel) and ``:play URL`` (a frame with a
carousel): a first slide listing every question, then one slide per question
with its Chinese and English titles, description, columns, one runnable
``:param NAME => value`` block per parameter (the default, or the example of
the question's metadata) and its Cypher (``NAME.cypher`` without its comment
header) as a runnable block: a click puts it in the editor.

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
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from policykg.errors import ConfigError
from policykg.queries.catalog import Param, Question, list_questions
from policykg.queries.cypher import query_body

__all__ = ["GUIDE_FILE", "GUIDE_DIR", "GUIDE_PORT", "render_guide", "write_guide", "param_value", "param_command",
           "cypher_literal", "guide_url"]

log = logging.getLogger(__name__)

#: the guide's file name in its directory
GUIDE_FILE = "index.html"
#: the packaged guide directory (what ``scripts/neo4j-local`` serves)
GUIDE_DIR = Path(str(resources.files("policykg.queries").joinpath("guide")))
#: the port ``scripts/neo4j-local`` serves the guide on
GUIDE_PORT = 7475
_TITLE = "policykg 政策知识图谱 · canned questions"


def guide_url(host: str = "127.0.0.1", port: int = GUIDE_PORT) -> str:
    """The URL to open with ``:guide`` or ``:play`` in Neo4j Browser."""
    return f"http://{host}:{port}/{GUIDE_FILE}"


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


def _cli(question: Question) -> str:
    args = "".join(f" -p {p.name}={param_value(question, p)}" for p in question.params)
    return f"policykg query {question.name} --engine neo4j{args}"


def _toc_slide(questions: list[Question]) -> str:
    items = "\n".join(
        f'      <li><b>{_e(q.title_zh)}</b> · {_e(q.title_en)} <code>{_e(q.name)}</code> (slide {i})</li>'
        for i, q in enumerate(questions, start=2))
    return f"""<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>policykg 政策知识图谱 · canned questions</h3>
    <p class="lead">The {len(questions)} canned questions of <code>policykg</code>, each with its Cypher.
    Load a corpus first (<code>policykg neo4j load CORPUS</code>); then on each slide click the
    <code>:param</code> blocks to set the parameters, click the query to put it in the editor and run it.
    The same answers come from <code>policykg query NAME --engine neo4j</code> and, over RDF, from SPARQL.</p>
    <ol>
{items}
    </ol>
  </div>
</slide>"""


def _question_slide(question: Question) -> str:
    params = "\n".join(
        f'    <pre class="code runnable" data-param="{_a(p.name)}">{_e(param_command(question, p))}</pre>'
        for p in question.params)
    param_rows = "\n".join(
        f"      <tr><td><code>${_e(p.name)}</code></td><td>{_e(p.type)}</td>"
        f"<td>{'required' if p.default is None else _e(repr(p.default))}</td><td>{_e(p.description)}</td></tr>"
        for p in question.params)
    param_part = (f"""    <h5>Parameters</h5>
    <table class="table table-condensed">
      <tr><th>name</th><th>type</th><th>default</th><th>meaning</th></tr>
{param_rows}
    </table>
{params}
""" if question.params else "    <p><i>No parameters.</i></p>\n")
    columns = ", ".join(f"<code>{_e(c.name)}</code> ({_e(c.type)})" for c in question.columns)
    return f"""<slide class="row-fluid" data-question="{_a(question.name)}">
  <div class="col-sm-12">
    <h3>{_e(question.title_zh)}</h3>
    <h4>{_e(question.title_en)} · <code>{_e(question.name)}</code></h4>
    <p>{_e(question.description)}</p>
{param_part}    <h5>Query</h5>
    <pre class="code runnable" data-query="{_a(question.name)}">{_e(query_body(question.cypher))}</pre>
    <p>Columns: {columns}.</p>
    <p>Command line: <code>{_e(_cli(question))}</code></p>
  </div>
</slide>"""


def render_guide(questions: Iterable[Question] | None = None) -> str:
    """The guide page (HTML with one ``<slide>`` per question after a table of contents)."""
    qs = list(questions) if questions is not None else list_questions()
    slides = "\n\n".join([_toc_slide(qs)] + [_question_slide(q) for q in qs])
    return f"""<!DOCTYPE html>
<!-- Generated by policykg (policykg.queries.browser_guide) from the query files; do not edit.
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
    """Write the guide to ``out_dir/index.html`` (default :data:`GUIDE_DIR`); returns the file written."""
    out = Path(out_dir) if out_dir is not None else GUIDE_DIR
    try:
        out.mkdir(parents=True, exist_ok=True)
        path = out / GUIDE_FILE
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(render_guide(), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise ConfigError(f"cannot write the Neo4j Browser guide to {out}: {exc}") from exc
    log.info("wrote the Neo4j Browser guide to %s", path)
    return path
