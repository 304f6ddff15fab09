"""The HTTP side of ``policykg serve``: which requests are admitted, and the request handler.

:func:`request_refusal` says why a request is refused: the ``Host`` header must name this server (an IP
address, ``localhost`` or this machine's name), so a web page cannot reach it through DNS rebinding,
and a cross-site request (an ``Origin`` that is not this server, ``Sec-Fetch-Site: cross-site``) is
refused.  :class:`QueryHandler` serves the query page at ``/`` and the SPARQL protocol at ``/query``
(GET ``?query=``, POST as a form or as ``application/sparql-query``), and leaves running the query to
its server (:class:`policykg.stores.serve.SparqlServer`).

Examples
--------
>>> request_refusal({"Host": "127.0.0.1:7878"}, 7878, {"localhost"}) is None
True
>>> request_refusal({"Host": "evil.example:7878"}, 7878, {"localhost"})
"the Host header 'evil.example:7878' does not name this server"
>>> request_refusal({"Host": "localhost:7878", "Origin": "http://evil.example"}, 7878, {"localhost"})
"requests from http://evil.example are refused: only this server's own page may query it"
"""
from __future__ import annotations

import ipaddress
import logging
import re
import urllib.parse
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from policykg.stores._query_page import PAGE_POLICY
from policykg.stores.serve_query import FORMATS, negotiate, query_form, refuses_service

if TYPE_CHECKING:
    from policykg.stores.serve import SparqlServer

__all__ = ["QueryHandler", "request_refusal", "MAX_QUERY_BYTES"]

log = logging.getLogger(__name__)

MAX_QUERY_BYTES = 1 << 20


def _split_host(value: str) -> tuple[str, int] | None:
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?|([^:\[\]/@\s]+)(?::(\d{1,5}))?", value.strip())
    if not m:
        return None
    return (m[1] or m[3]).lower().rstrip("."), int(m[2] or m[4] or 80)


def request_refusal(headers: Any, port: int, names: set[str]) -> str | None:
    """Why a request with these headers is refused by the server on ``port`` known as ``names`` (None: it is not)."""
    host = headers.get("Host") or ""
    where = _split_host(host)
    if where is None or where[1] != port or not (where[0] in names or _is_ip(where[0])):
        return f"the Host header {host!r} does not name this server"
    site = headers.get("Sec-Fetch-Site")
    if site and site.lower() not in ("same-origin", "none"):
        return f"{site} requests are refused: use the query page of this server or a client such as curl"
    origin = headers.get("Origin")
    if origin is not None:
        parts = urllib.parse.urlsplit(origin)
        try:
            same = parts.scheme == "http" and (parts.hostname, parts.port or 80) == where
        except ValueError:
            same = False
        if not same:
            return f"requests from {origin} are refused: only this server's own page may query it"
    return None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class QueryHandler(BaseHTTPRequestHandler):
    """A request to the query page or the SPARQL endpoint of a :class:`~policykg.stores.serve.SparqlServer`."""

    server: SparqlServer
    server_version = "policykg"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes | str, ctype: str = "text/plain", *, page: bool = False) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        text = ctype.startswith("text/") or ctype.endswith(("json", "xml", "n-triples"))
        self.send_header("Content-Type", f"{ctype}; charset=utf-8" if text else ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        if page:
            self.send_header("Content-Security-Policy", PAGE_POLICY)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _admitted(self) -> bool:
        reason = self.server.refusal(self.headers)
        if reason is not None:
            log.warning("refused %s %s: %s", self.command, self.path, reason)
            self._send(403, reason)
        return reason is None

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        if not self._admitted():
            return
        if url.path in ("/", "/index.html"):
            self._send(200, self.server.page, "text/html", page=True)
        elif url.path == "/query":
            queries = urllib.parse.parse_qs(url.query).get("query")
            if not queries:
                self._send(400, "no query: give ?query=SPARQL")
            else:
                self._answer(queries[0])
        else:
            self._send(404, f"no page {url.path}: the query page is / and the endpoint /query")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if not self._admitted():
            return
        if url.path != "/query":
            self._send(404, f"no endpoint {url.path}: POST queries to /query")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_QUERY_BYTES:
            self._send(413, f"a query is at most {MAX_QUERY_BYTES} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            self._answer(body)
        elif ctype == "application/x-www-form-urlencoded":
            queries = urllib.parse.parse_qs(body).get("query")
            if queries:
                self._answer(queries[0])
            else:
                self._send(400, "no query= field in the form")
        else:
            self._send(415, "POST a query as application/sparql-query or as an application/x-www-form-urlencoded "
                            "form with a query= field (updates are not accepted: the store is served read-only)")

    def _answer(self, query: str) -> None:
        if refuses_service(query):
            self._send(400, "SERVICE (federated query) is disabled: this server fetches nothing from other endpoints")
            return
        form = query_form(query) or "SELECT"  # no form: oxigraph says what is wrong
        mime = negotiate(self.headers.get("Accept") or "", form)
        if mime is None:
            self._send(406, f"a {form} query's results are one of {', '.join(FORMATS[form])}")
            return
        self._send(*self.server.run(query, mime))
