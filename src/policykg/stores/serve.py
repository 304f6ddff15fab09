"""The SPARQL endpoint of ``policykg serve``: a small read-only HTTP server over a store.

Every query runs in a process of its own, ``oxigraph query`` (the server binary of the PyPI package
``oxigraph``) over ``DIR/rdf`` opened read-only, with the union of all named graphs as default graph, so
the canned ``.rq`` files run there unchanged.  ``/`` is a query page, ``/query`` the SPARQL protocol
endpoint (GET ``?query=``, POST as a form or as ``application/sparql-query``).  A build may run meanwhile.

The server is for the user at this machine, and guards against everything else:

* a query is stopped (its process killed) after :data:`DEFAULT_TIMEOUT` seconds
  (``POLICYKG_QUERY_TIMEOUT``), and at most :data:`MAX_RUNNING` run at once: an abandoned
  cartesian product keeps nothing busy;
* ``SERVICE`` (federated query) is refused: the server never fetches a URL, local or remote;
* the ``Host`` header must name this server (an IP address, ``localhost`` or this machine's name), so a
  web page cannot reach it through DNS rebinding, and a cross-site request (an ``Origin`` that is
  not this server, ``Sec-Fetch-Site: cross-site``) is refused: another page cannot drive it;
* the query page loads nothing from the network (inline script and style, and a
  Content-Security-Policy that forbids anything else).

A port already in use is a :class:`~policykg.errors.ConfigError` before anything claims to listen.

Examples
--------
>>> refuses_service("SELECT * WHERE { SERVICE <http://127.0.0.1:7474/> { ?s ?p ?o } }")
True
>>> refuses_service('SELECT ?service WHERE { ?service <urn:p> "SERVICE" } # SERVICE')
False
>>> query_form("PREFIX s: <urn:select> CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o { ?s ?p ?o } } }")
'CONSTRUCT'
"""
from __future__ import annotations

import errno
import ipaddress
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable, Mapping

from policykg.errors import ConfigError, StoreError
from policykg.stores._query_page import PAGE_POLICY, render_page
from policykg.stores.directory import DEFAULT_STORE, holding, open_store, rdf_dir

__all__ = ["find_oxigraph", "start_server", "wait_until_ready", "SparqlServer", "refuses_service", "query_form",
           "DEFAULT_PORT", "DEFAULT_HOST", "DEFAULT_TIMEOUT", "MAX_RUNNING"]

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
DEFAULT_HOST = "127.0.0.1"
#: seconds a query may run before its process is killed
DEFAULT_TIMEOUT = float(os.environ.get("POLICYKG_QUERY_TIMEOUT", 30))
#: queries running at once; one more is answered 503
MAX_RUNNING = 4
_MAX_QUERY_BYTES = 1 << 20
#: result formats by query form, the first the default
_FORMATS = {"SELECT": ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                       "text/tab-separated-values"),
            "CONSTRUCT": ("application/n-triples", "text/turtle", "application/rdf+xml")}
_FORMATS["ASK"], _FORMATS["DESCRIBE"] = _FORMATS["SELECT"], _FORMATS["CONSTRUCT"]


def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: beside this Python, else on PATH (ConfigError if missing)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ConfigError("the oxigraph server is not installed: pip install 'policykg[server]' (PyPI package oxigraph)")


# -- reading a query (for its form and for SERVICE) without parsing it ---------------------------------------

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


def _negotiate(accept: str, form: str) -> str | None:
    """The result format for ``form`` that ``accept`` prefers (its default for ``*/*`` or no header)."""
    offered = _FORMATS[form]
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


# -- the server -----------------------------------------------------------------------------------------------

def _check(store: str | Path, port: int) -> None:
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} is not a TCP port (1-65535)")
    open_store(store).close()  # StoreError when there is nothing to serve


def _split_host(value: str) -> tuple[str, int] | None:
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?|([^:\[\]/@\s]+)(?::(\d{1,5}))?", value.strip())
    if not m:
        return None
    return (m[1] or m[3]).lower().rstrip("."), int(m[2] or m[4] or 80)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server over ``store``, listening from construction (ConfigError when it cannot).

    Parameters
    ----------
    store
        A store written by ``policykg build`` (StoreError when there is none).
    port, host
        Where to listen.
    timeout
        Seconds a query may run.
    binary
        The ``oxigraph`` binary (found by :func:`find_oxigraph` when None).
    questions
        The canned questions of the query page's picker (``name``, ``title_zh``, ``title_en``,
        ``description``, ``params``, ``sparql``: :func:`policykg.queries.sparql.page_questions`).
    """

    daemon_threads = True

    def __init__(self, store: str | Path = DEFAULT_STORE, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST, *,
                 timeout: float = DEFAULT_TIMEOUT, binary: str | None = None,
                 questions: Iterable[Mapping[str, Any]] = ()) -> None:
        _check(store, port)
        self.page = render_page(questions)
        if timeout <= 0:
            raise ConfigError(f"a query time limit of {timeout} s cannot work; give a positive number of seconds")
        self.binary = binary or find_oxigraph()
        self.store, self.location = Path(store), rdf_dir(store)
        self.host, self.port, self.timeout = host, port, timeout
        self.names = {"localhost", host.lower().strip("[]"), socket.gethostname().lower()}
        self._slots = threading.BoundedSemaphore(MAX_RUNNING)
        self._running: set[subprocess.Popen] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.returncode: int | None = None
        if ":" in host:
            self.address_family = socket.AF_INET6
        try:
            super().__init__((host.strip("[]"), port), _Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(f"cannot listen on {host}:{port}: the port is in use (another policykg serve or "
                                  "server?); choose another --port") from None
            raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); check --host and --port") \
                from None

    # -- what the command line calls (the interface of a subprocess.Popen) ------------------------------------
    def start(self) -> SparqlServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="policykg-serve", daemon=True)
        self._thread.start()
        log.info("serving %s read-only on http://%s:%d/ (queries stop after %g s)", self.location, self.host,
                 self.port, self.timeout)
        return self

    def poll(self) -> int | None:
        """None while serving, else 0."""
        return None if self._thread is not None and self._thread.is_alive() else self.returncode

    def wait(self) -> int:
        """Block until the server is stopped (Ctrl-C interrupts the wait); 0."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)
        self.returncode = 0
        return 0

    def terminate(self) -> None:
        """Stop serving, kill the queries still running and close the socket."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self.shutdown()
        with self._lock:
            for proc in self._running:
                proc.kill()
        self.server_close()

    # -- checks and queries (called by the request handler) ----------------------------------------------------
    def refusal(self, headers: Any) -> str | None:
        """Why a request with these headers is refused (None: it is not)."""
        host = headers.get("Host") or ""
        where = _split_host(host)
        if where is None or where[1] != self.port or not (where[0] in self.names or _is_ip(where[0])):
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

    def run(self, query: str, mime: str) -> tuple[int, bytes, str]:
        """Run ``query`` in an ``oxigraph query`` process; ``(status, body, content type)``."""
        if not self._slots.acquire(blocking=False):
            return 503, f"{MAX_RUNNING} queries are running; try again when one has finished".encode(), "text/plain"
        try:
            return self._run(query, mime)
        finally:
            self._slots.release()

    def _run(self, query: str, mime: str) -> tuple[int, bytes, str]:
        # the current generation, held so that a build committed meanwhile does not delete it under the query
        with holding(self.store) as generation:
            return self._query(query, mime, generation / "rdf")

    def _query(self, query: str, mime: str, location: Path) -> tuple[int, bytes, str]:
        cmd = [self.binary, "query", "--location", str(location), "--union-default-graph",
               "--results-format", mime]
        env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
        t0 = time.perf_counter()
        with self._lock:
            if self._closed:
                return 503, b"the server is stopping", "text/plain"
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            self._running.add(proc)
        try:
            out, err = proc.communicate(query.encode("utf-8"), timeout=self.timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            log.warning("a query ran over the %g s limit and was stopped", self.timeout)
            return 503, (f"the query ran over the {self.timeout:g} s time limit and was stopped "
                         "(POLICYKG_QUERY_TIMEOUT sets the limit)").encode(), "text/plain"
        finally:
            with self._lock:
                self._running.discard(proc)
        if proc.returncode != 0:
            if self._closed:
                return 503, b"the server is stopping", "text/plain"
            message = next((ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()), "query failed")
            return 400, message.removeprefix("Error: ").encode("utf-8"), "text/plain"
        log.info("query answered in %.2f s", time.perf_counter() - t0)
        return 200, out, mime


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _Handler(BaseHTTPRequestHandler):
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
        if not 0 <= length <= _MAX_QUERY_BYTES:
            self._send(413, f"a query is at most {_MAX_QUERY_BYTES} bytes")
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
        mime = _negotiate(self.headers.get("Accept") or "", form)
        if mime is None:
            self._send(406, f"a {form} query's results are one of {', '.join(_FORMATS[form])}")
            return
        self._send(*self.server.run(query, mime))


def start_server(store: str | Path = DEFAULT_STORE, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST, *,
                 timeout: float = DEFAULT_TIMEOUT, questions: Iterable[Mapping[str, Any]] = ()) -> SparqlServer:
    """Serve ``store`` in the background; the caller stops it (``terminate()``), or waits (``wait()``).

    ``questions`` go in the query page's picker (:class:`SparqlServer`); ``policykg.api.start_server``
    gives the canned ones.

    Raises
    ------
    StoreError
        When there is no store to serve.
    ConfigError
        When the port is in use or not a port, or oxigraph is not installed.
    """
    return SparqlServer(store, port, host, timeout=timeout, questions=questions).start()


def wait_until_ready(host: str, port: int, proc: Any = None, timeout: float = 20.0) -> None:
    """Wait until ``host:port`` accepts connections (StoreError when the server died or timed out)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise StoreError(f"the SPARQL server exited with code {proc.returncode} before listening on "
                             f"{host}:{port} (is the port free, and the store not open for writing?)")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise StoreError(f"the SPARQL server did not listen on {host}:{port} within {timeout:.0f} s")
