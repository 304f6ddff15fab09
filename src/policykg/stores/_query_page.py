"""The query page of ``policykg serve``: one self-contained HTML page (inline script and style, nothing
loaded from anywhere, which its Content-Security-Policy enforces too).

:func:`render_page` puts the canned questions in a picker: choosing one puts its SPARQL, parameters
bound on a ``VALUES`` line, in the editor and runs it.  Numbers (integers, decimals, doubles) show as
numbers, right-aligned.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

__all__ = ["QUERY_PAGE", "PAGE_POLICY", "render_page"]

#: the page may run its own inline script and style and talk to this server only
PAGE_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
               "img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

QUERY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>policykg SPARQL</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
textarea { width: 100%; height: 14em; font: 13px/1.4 monospace; box-sizing: border-box; }
table { border-collapse: collapse; margin-top: 1em; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
#status { margin-left: 1em; color: #555; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
#picker { margin: .5em 0 1em; }
#picker select { font-size: 14px; max-width: 100%; }
#about { color: #444; max-width: 60em; }
#error { color: #b00; white-space: pre-wrap; }
pre { background: #f7f7f7; padding: .5em; overflow: auto; }
</style>
</head>
<body>
<h1>policykg SPARQL</h1>
<p>Queries run over the union of the store's named graphs (read-only). Ctrl-Enter runs the query.</p>
<p id="picker"><label>Canned question: <select id="question"><option value="">(your own query)</option>
</select></label></p>
<p id="about"></p>
<textarea id="query" spellcheck="false">PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="error"></div>
<div id="results"></div>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMBERS = ["integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger"].map((t) => XSD + t);
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}
function numeric(term) { return !!term && term.type === "literal" && NUMBERS.includes(term.datatype); }
function show(data) {
  const out = $("results");
  out.textContent = "";
  if (typeof data.boolean === "boolean") { out.textContent = String(data.boolean); return; }
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) {
    const row = table.insertRow();
    for (const v of data.head.vars) {
      const td = row.insertCell();
      td.textContent = cell(b[v]);
      if (numeric(b[v])) td.className = "num";
    }
  }
  out.appendChild(table);
  $("status").textContent = data.results.bindings.length + " rows";
}
async function run() {
  $("error").textContent = ""; $("results").textContent = ""; $("status").textContent = "running...";
  try {
    const response = await fetch("query", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
      body: $("query").value,
    });
    const text = await response.text();
    $("status").textContent = "";
    if (!response.ok) { $("error").textContent = response.status + ": " + text; return; }
    if ((response.headers.get("Content-Type") || "").startsWith("application/sparql-results+json")) {
      show(JSON.parse(text));
    } else {
      const pre = document.createElement("pre"); pre.textContent = text; $("results").appendChild(pre);
    }
  } catch (e) { $("status").textContent = ""; $("error").textContent = String(e); }
}
const QUESTIONS = JSON.parse($("questions").textContent);
for (const q of QUESTIONS) {
  const option = document.createElement("option");
  option.value = q.name;
  option.textContent = q.title_zh + " · " + q.title_en;
  $("question").appendChild(option);
}
function pick(name) {
  const q = QUESTIONS.find((x) => x.name === name);
  $("about").textContent = q ? q.description + (q.params.length ? " Parameters: the VALUES line." : "") : "";
  if (!q) return;
  $("query").value = q.sparql;
  run();
}
$("question").addEventListener("change", () => pick($("question").value));
$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && e.ctrlKey) run(); });
if (QUESTIONS.some((q) => q.name === FIRST)) { $("question").value = FIRST; pick(FIRST); }
</script>
</body>
</html>
"""

#: the question the page opens with, when it is one of the page's
FIRST = "agency_workload"


def render_page(questions: Iterable[Mapping[str, Any]] = ()) -> str:
    """The query page with ``questions`` (dicts: name, title_zh, title_en, description, params, sparql) in
    its picker, the first :data:`FIRST`."""
    data = json.dumps(list(questions), ensure_ascii=False).replace("</", "<\\/")
    script = f'<script type="application/json" id="questions">{data}</script>\n<script>\n"use strict";\n' \
             f'const FIRST = {json.dumps(FIRST)};'
    return QUERY_PAGE.replace('<script>\n"use strict";', script, 1)

