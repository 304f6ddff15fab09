"""The SPARQL endpoint: the ``oxigraph`` server (PyPI package ``oxigraph``) over a store, read-only.

The server opens ``DIR/rdf`` in read-only mode with the union of all named
graphs as default graph, so the canned ``.rq`` files run there unchanged; its
root page is a query editor (YASGUI) and ``/query`` the SPARQL protocol
endpoint.  Nothing else may hold the store open for writing meanwhile (run
``policykg build`` before, not during).

Examples
--------
>>> cmd = server_command(".policykg/store", port=7878, binary="oxigraph")
>>> cmd[:2], cmd[-1]
(['oxigraph', 'serve-read-only'], '--union-default-graph')
"""
from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from policykg.errors import ConfigError, StoreError
from policykg.graph.store import DEFAULT_STORE, open_store, rdf_dir

__all__ = ["find_oxigraph", "server_command", "start_server", "wait_until_ready", "DEFAULT_PORT", "DEFAULT_HOST"]

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
DEFAULT_HOST = "127.0.0.1"


def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: beside this Python, else on PATH (ConfigError if missing)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ConfigError("the oxigraph server is not installed: pip install 'policykg[server]' (PyPI package oxigraph)")


def server_command(store: str | Path = DEFAULT_STORE, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST,
                   binary: str | None = None) -> list[str]:
    """The command line serving ``store`` read-only at ``host:port``."""
    return [binary or find_oxigraph(), "serve-read-only", "--location", str(rdf_dir(store)),
            "--bind", f"{host}:{port}", "--union-default-graph"]


def _check(store: str | Path, port: int) -> None:
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} is not a TCP port (1-65535)")
    open_store(store).close()  # StoreError when there is nothing to serve


def start_server(store: str | Path = DEFAULT_STORE, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST,
                 **popen: object) -> subprocess.Popen:
    """Start the server in the background; the caller stops it (``terminate()``)."""
    _check(store, port)
    cmd = server_command(store, port, host)
    log.info("starting %s", " ".join(cmd))
    return subprocess.Popen(cmd, **popen)  # type: ignore[call-overload]


def wait_until_ready(host: str, port: int, proc: subprocess.Popen | None = None, timeout: float = 20.0) -> None:
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
