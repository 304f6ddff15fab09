"""Push the store to a remote SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol.

Every named graph of the store (one per document, ``common`` and ``derived``)
is sent as ``PUT {service}?graph=<graph IRI>`` with its triples as N-Triples
(or Turtle).  A PUT replaces the remote graph, so pushing twice leaves the
same data and pushing after a rebuild replaces exactly the graphs that were
pushed.  Graphs stream from the store through a temporary file: nothing holds
a whole graph in memory, however large the corpus.

The service URL is the endpoint as given when it has a path (Fuseki:
``http://host:3030/ds/data``), else the endpoint plus ``/store`` (the oxigraph
server: ``http://host:7878`` -> ``http://host:7878/store``).  Only the standard
library is used (:mod:`http.client`, one kept-alive connection).

Examples
--------
>>> service_url("http://127.0.0.1:7878")
'http://127.0.0.1:7878/store'
>>> service_url("http://localhost:3030/policy/data")
'http://localhost:3030/policy/data'
>>> graph_url("http://127.0.0.1:7878/store", "https://w3id.org/policykg/graph/a b")
'/store?graph=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fgraph%2Fa%20b'
"""
from __future__ import annotations

import base64
import contextlib
import http.client
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import quote, urlsplit

from policykg.errors import ConfigError, StoreError
from policykg.graph.keys import graph_iri
from policykg.graph.model import COMMON, DERIVED
from policykg.stores.directory import DEFAULT_STORE, open_store

__all__ = ["push_store", "PushResult", "RemoteGraphStore", "service_url", "graph_url", "MEDIA_TYPES"]

log = logging.getLogger(__name__)

#: serialisation -> Content-Type of the PUT
MEDIA_TYPES = {"nt": "application/n-triples", "ttl": "text/turtle"}


@dataclass
class PushResult:
    """What a push sent: per graph its name, IRI, triples and bytes; the service URL; the time taken."""

    service: str
    graphs: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        """Plain data for ``--json``."""
        return {"service": self.service, "graphs": self.graphs, "pushed": len(self.graphs),
                "triples": sum(g["triples"] for g in self.graphs), "bytes": sum(g["bytes"] for g in self.graphs),
                "seconds": round(self.seconds, 3)}


def service_url(endpoint: str) -> str:
    """The Graph Store service URL of ``endpoint`` (``/store`` added to a bare server URL)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{endpoint!r} is not an http(s) URL of a SPARQL store, e.g. http://127.0.0.1:7878")
    if parts.path in ("", "/"):
        return endpoint.rstrip("/") + "/store"
    return endpoint


def graph_url(service: str, iri: str) -> str:
    """The request target (path and query) of one graph at ``service``."""
    parts = urlsplit(service)
    sep = "&" if parts.query else "?"
    return f"{parts.path or '/'}{'?' + parts.query if parts.query else ''}{sep}graph={quote(iri, safe='')}"


class _Client:
    """One kept-alive HTTP connection to the service, reopened when the server closed it."""

    def __init__(self, service: str, headers: dict[str, str], timeout: float) -> None:
        self.service = service
        self.parts = urlsplit(service)
        self.headers = headers
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
        return cls(self.parts.hostname or "", self.parts.port, timeout=self.timeout)

    def put(self, name: str, iri: str, body: Path | None, media_type: str = "", method: str = "PUT") -> int:
        """Send one graph (``PUT`` the file ``body``, or ``DELETE`` with no body); the HTTP status."""
        target = graph_url(self.service, iri)
        size = body.stat().st_size if body is not None else 0
        headers = {**self.headers, "Content-Length": str(size), **({"Content-Type": media_type} if body else {})}
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = self._connect()
            try:
                with open(body, "rb") if body is not None else contextlib.nullcontext() as fh:
                    self.conn.request(method, target, body=fh, headers=headers)
                    resp = self.conn.getresponse()
                    detail = resp.read(2000).decode("utf-8", "replace").strip()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()
                if attempt == 2:
                    raise StoreError(f"graph {name} <{iri}>: the SPARQL store at {self.service} closed the "
                                     f"connection ({exc})") from exc
            except OSError as exc:
                self.close()
                raise StoreError(f"graph {name} <{iri}>: cannot PUT to {self.service} "
                                 f"({exc.strerror or exc}); is the SPARQL store running?") from exc
        if resp.status >= 400 and not (method == "DELETE" and resp.status == 404):  # (deleting what is not there)
            self.close()
            raise StoreError(f"graph {name} <{iri}>: the SPARQL store at {self.service} answered "
                             f"HTTP {resp.status} {resp.reason}" + (f": {detail[:300]}" if detail else ""))
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        return resp.status

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _headers(user: str | None, password: str | None) -> dict[str, str]:
    headers = {"User-Agent": "policykg"}
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    return headers


class RemoteGraphStore:
    """A remote SPARQL store written through the Graph Store Protocol (the :class:`~policykg.stores.GraphStore`
    protocol): each document's named graph, ``common`` and ``derived`` are PUT as N-Triples (or Turtle) from
    the projection of the graph model; removing a document DELETEs its graph.

    The protocol lists no graphs, so :meth:`documents` are those put through this connection.
    """

    def __init__(self, endpoint: str, *, fmt: str = "nt", user: str | None = None, password: str | None = None,
                 timeout: float = 300.0) -> None:
        if fmt not in MEDIA_TYPES:
            raise ConfigError(f"unknown push format {fmt!r}; use nt or ttl")
        self.fmt, self.service = fmt, service_url(endpoint)
        self._client = _Client(self.service, _headers(user, password), timeout)
        self.result = PushResult(self.service)
        self._documents: set[str] = set()

    def put_graph(self, name: str, body: Path, triples: int = 0) -> None:
        """PUT one named graph (``name``: a document id, ``common`` or ``derived``) from the file ``body``."""
        iri = graph_iri(name)
        status = self._client.put(name, iri, body, MEDIA_TYPES[self.fmt])
        self.result.graphs.append({"graph": name, "iri": iri, "triples": triples, "bytes": body.stat().st_size,
                                   "status": status})
        log.info("pushed %s (%d triples) -> HTTP %d", name, triples, status)

    def _send(self, graph: Any, names: list[str]) -> None:
        from policykg.stores.rdf import RDFStore

        with RDFStore() as rdf, tempfile.TemporaryDirectory(prefix="policykg-push-") as tmp:
            sizes = rdf.load_graph(graph)
            body = Path(tmp) / f"graph.{self.fmt}"
            for name in names:
                with open(body, "wb") as fh:
                    rdf.graph_data(name, self.fmt, fh)
                self.put_graph(name, body, sizes.get(name, 0))

    def put_documents(self, graph: Any) -> None:
        """PUT the named graphs of ``graph``'s documents and its ``common`` graph."""
        self._send(graph, _order([COMMON, *graph.documents]))
        self._documents.update(graph.documents)

    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        """DELETE these documents' named graphs (a graph the store does not have is no error)."""
        for doc_id in sorted(set(doc_ids)):
            self._client.put(doc_id, graph_iri(doc_id), None, method="DELETE")
            self._documents.discard(doc_id)

    def replace_derived(self, graph: Any) -> None:
        """PUT ``graph``'s ``derived`` graph."""
        self._send(graph, [DERIVED])

    def documents(self) -> list[str]:
        """The documents put through this connection, sorted."""
        return sorted(self._documents)

    def counts(self) -> dict[str, Any]:
        """What was sent: graphs, triples and bytes (:meth:`PushResult.summary`)."""
        return self.result.summary()

    def close(self) -> None:
        """Close the connection."""
        self._client.close()


def _order(names: Iterable[str]) -> list[str]:
    """``common`` first, then the documents, ``derived`` last."""
    names = list(names)
    return ([COMMON] if COMMON in names else []) + sorted(n for n in names if n not in (COMMON, DERIVED)) \
        + ([DERIVED] if DERIVED in names else [])


def push_store(endpoint: str, store: str | Path = DEFAULT_STORE, *, fmt: str = "nt",
               graphs: Iterable[str] | None = None, user: str | None = None, password: str | None = None,
               timeout: float = 300.0, progress: Callable[[int, int, str], None] | None = None) -> PushResult:
    """PUT every named graph of ``store`` (or only ``graphs``) to the Graph Store at ``endpoint``.

    Parameters
    ----------
    endpoint
        The remote store: a bare server URL (``/store`` is added) or its Graph Store service URL.
    store
        The store written by ``policykg build``.
    fmt
        ``nt`` (N-Triples, ``application/n-triples``) or ``ttl`` (Turtle, ``text/turtle``).
    graphs
        Names of the graphs to push (document ids, ``common``, ``derived``); default all.
    user, password
        HTTP basic authentication, when the store asks for it.
    timeout
        Seconds to wait for the server on each request.
    progress
        Called as ``progress(done, total, graph name)`` after each graph.

    Raises
    ------
    StoreError
        When the store cannot be read, the connection fails, or the server answers an HTTP error;
        the message names the graph being pushed.
    """
    t0 = time.perf_counter()
    remote = RemoteGraphStore(endpoint, fmt=fmt, user=user, password=password, timeout=timeout)
    with open_store(store) as rdf, tempfile.TemporaryDirectory(prefix="policykg-push-") as tmp:
        available = rdf.graph_names()
        wanted = available if graphs is None else list(dict.fromkeys(graphs))
        missing = [g for g in wanted if g not in available]
        if missing:
            raise StoreError(f"no graph {', '.join(map(repr, missing))} in {store} "
                             f"(graphs: {', '.join(_order(available)[:10])}{' ...' if len(available) > 10 else ''})")
        names = _order(wanted)
        sizes = _graph_sizes(rdf)
        body = Path(tmp) / f"graph.{fmt}"
        try:  # streamed from the store through a file: no graph is held whole in memory
            for done, name in enumerate(names, 1):
                with open(body, "wb") as fh:
                    rdf.graph_data(name, fmt, fh)
                remote.put_graph(name, body, sizes.get(graph_iri(name), 0))
                if progress is not None:
                    progress(done, len(names), name)
        finally:
            remote.close()
    remote.result.seconds = time.perf_counter() - t0
    return remote.result


def _graph_sizes(rdf) -> dict[str, int]:  # noqa: ANN001 - an RDFStore
    """Graph IRI -> its number of triples, in one query."""
    rows = rdf.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}
