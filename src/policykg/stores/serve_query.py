"""What a SPARQL query asks for, read without parsing it: its form, a ``SERVICE`` clause, its result format.

Strings, IRIs and comments are blanked first (they may hold any word), and the query is read both as
written and with its ``\\u`` escapes applied, as SPARQL applies them before parsing.  Used by the
endpoint of ``policykg serve`` (:mod:`policykg.stores.serve`).

Examples
--------
>>> refuses_service("SELECT * WHERE { SERVICE <http://127.0.0.1:7474/> { ?s ?p ?o } }")
True
>>> refuses_service('SELECT ?service WHERE { ?service <urn:p> "SERVICE" } # SERVICE')
False
>>> query_form("PREFIX s: <urn:select> CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o { ?s ?p ?o } } }")
'CONSTRUCT'
>>> negotiate("text/csv;q=0.9, application/sparql-results+xml", "SELECT")
'application/sparql-results+xml'
"""
from __future__ import annotations

import re

__all__ = ["refuses_service", "query_form", "negotiate", "FORMATS"]

#: result formats by query form, the first the default
FORMATS = {"SELECT": ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                      "text/tab-separated-values"),
           "CONSTRUCT": ("application/n-triples", "text/turtle", "application/rdf+xml")}
FORMATS["ASK"], FORMATS["DESCRIBE"] = FORMATS["SELECT"], FORMATS["CONSTRUCT"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
#: strings, IRIs and comments: what may hold any word without it being a keyword
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|' r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
                     r'"(?:[^"\\\n]|\\.)*"|' r"'(?:[^'\\\n]|\\.)*'|" r'<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_SERVICE = re.compile(r"(?<![\w?$:.\-])SERVICE(?![\w:\-])", re.I)
_FORM = re.compile(r"(?<![\w?$:.\-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.I)


def _code(query: str) -> list[str]:
    """The query's keywords, variables and punctuation, with strings, IRIs and comments blanked: as written and
    with its ``\\u`` escapes applied (SPARQL applies them before parsing)."""
    def unescape(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return m.group()

    return [_OPAQUE.sub(" ", text) for text in (query, _ESCAPE.sub(unescape, query))]


def refuses_service(query: str) -> bool:
    """Whether ``query`` has a ``SERVICE`` clause (a federated query, which would make the server fetch a URL)."""
    return any(_SERVICE.search(code) for code in _code(query))


def query_form(query: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the query's form (None when none is found)."""
    m = _FORM.search(_code(query)[1])
    return m.group(1).upper() if m else None


def negotiate(accept: str, form: str) -> str | None:
    """The result format for ``form`` that ``accept`` prefers (its default for ``*/*`` or no header)."""
    offered = FORMATS[form]
    wanted = []
    for n, part in enumerate(accept.split(",") if accept.strip() else ["*/*"]):
        fields = [f.strip() for f in part.split(";")]
        q = next((f[2:] for f in fields[1:] if f.startswith("q=")), "1")
        try:
            wanted.append((-float(q), n, fields[0].lower()))
        except ValueError:
            continue
    for negq, _, mime in sorted(wanted):
        if negq >= 0:
            break
        if mime in offered:
            return mime
        if mime in ("*/*", "application/*") or (mime == "application/json" and form in ("SELECT", "ASK")):
            return offered[0]
    return None
