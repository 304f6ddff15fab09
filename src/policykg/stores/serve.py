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
This module runs the queries (one ``oxigraph query`` process each); what a request may do and the
request handler are in :mod:`policykg.stores.serve_http`, the reading of a query (its form, ``SERVICE``,
its result format) in :mod:`policykg.stores.serve_query`, whose examples show that reading.
"""
from __future__ import annotations

import errno
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable, Mapping

from policykg.errors import ConfigError, StoreError
from policykg.stores._query_page import render_page
from policykg.stores.directory import DEFAULT_STORE, holding, open_store, rdf_dir
from policykg.stores.serve_http import QueryHandler, request_refusal
from policykg.stores.serve_query import query_form, refuses_service

__all__ = ["find_oxigraph", "start_server", "wait_until_ready", "SparqlServer", "refuses_service", "query_form",
           "DEFAULT_PORT", "DEFAULT_HOST", "DEFAULT_TIMEOUT", "MAX_RUNNING"]

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
DEFAULT_HOST = "127.0.0.1"
#: seconds a query may run before its process is killed
DEFAULT_TIMEOUT = float(os.environ.get("POLICYKG_QUERY_TIMEOUT", 30))
#: queries running at once; one more is answered 503
MAX_RUNNING = 4


def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: beside this Python, else on PATH (ConfigError if missing)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ConfigError("the oxigraph server is not installed: pip install 'policykg[server]' (PyPI package oxigraph)")


# -- the server -----------------------------------------------------------------------------------------------

def _check(store: str | Path, port: int) -> None:
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} is not a TCP port (1-65535)")
    open_store(store).close()  # StoreError when there is nothing to serve


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
            super().__init__((host.strip("[]"), port), QueryHandler)
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
        return request_refusal(headers, self.port, self.names)

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
