"""The ``policykg`` command line: a thin layer over the library API.

Every command calls a public function; every :class:`~policykg.errors.PolicyKGError`
becomes a one-line message on stderr and the exit code of its class.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from policykg.errors import InputError, PolicyKGError

app = typer.Typer(help="Chinese policy documents -> knowledge graph of policies, agencies and measures.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console()
err = Console(stderr=True)


def _fail(exc: PolicyKGError) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(exc.exit_code)


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Document files or directories."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for <stem>.json files."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of a table."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (0 = all cores)."),
) -> None:
    """Extract each document into OUT/<stem>.json (gold schema plus evidence)."""
    from policykg.loaders import iter_extract, write_json

    written, failed = [], []
    for item in iter_extract(paths, jobs=jobs):
        if isinstance(item, InputError):
            failed.append(item)
            err.print(f"[red]error:[/red] {item}", highlight=False, soft_wrap=True)
            continue
        path = write_json(item, out_dir)
        written.append({"doc_id": item.doc_id, "file": str(path), "title": item.title,
                        "measures": len(item.measures)})
    if as_json:
        out.print_json(json.dumps({"written": written, "failed": [str(e) for e in failed]}, ensure_ascii=False))
    else:
        for w in written:
            out.print(f"{w['file']}  {w['measures']} measures  {w['title']}", highlight=False, soft_wrap=True)
        out.print(f"{len(written)} extracted, {len(failed)} failed")
    if failed:
        raise typer.Exit(2)


def _viz_graph(store: Path, corpus: Optional[List[Path]]):  # -> PolicyGraph
    """The graph to draw: built from ``corpus`` documents if given, else loaded from ``store``."""
    from policykg.errors import ConfigError

    if corpus:
        from policykg.graph import build_graph
        from policykg.loaders import extract as extract_documents

        result = extract_documents(corpus)
        for e in result.errors:
            err.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
        if not result.documents:
            raise InputError(", ".join(map(str, corpus)), "no document could be extracted",
                             "pass policy documents (.txt, .docx, .pdf) or directories holding them")
        return build_graph(result.documents)
    try:
        from policykg.graph.store import load_graph
    except ImportError:
        raise ConfigError("this version cannot read a graph store yet; pass --corpus PATH to build the views "
                          "from documents") from None
    return load_graph(store)


@app.command()
def viz(
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for index.html and the views."),
    store: Path = typer.Option(Path(".policykg/store"), "--store", help="Graph store written by `policykg build`."),
    corpus: Optional[List[Path]] = typer.Option(
        None, "--corpus", help="Build from these document files or directories instead of the store (repeatable)."),
    no_agency_views: bool = typer.Option(False, "--no-agency-views", help="Skip the one-page-per-agency views."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
) -> None:
    """Write interactive HTML views (index, overview, overlap, one per policy and agency) into OUT.

    The pages work offline: open OUT/index.html in a browser.
    """
    from policykg.viz import write_views

    try:
        graph = _viz_graph(store, corpus)
        paths = write_views(graph, out_dir, agencies=not no_agency_views)
    except PolicyKGError as exc:
        _fail(exc)
    index = paths[0]
    if as_json:
        out.print_json(json.dumps({"index": str(index), "pages": [str(p) for p in paths],
                                   "nodes": len(graph.nodes), "edges": len(graph.edges)}, ensure_ascii=False))
    else:
        out.print(f"{len(paths)} pages written; open {index}", highlight=False, soft_wrap=True)


# -- store, RDF, SHACL, canned questions (build, validate, serve, export, remove, queries, query) --------

_STORE = Path(".policykg/store")
_STORE_HELP = "Graph store written by `policykg build`."


def _echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _build_progress(enabled: bool):  # -> (rich Progress | None, callback | None)
    """A progress bar on stderr (only on a terminal): documents, then the corpus-wide steps."""
    if not enabled:
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TimeRemainingColumn(), console=err, transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: Optional[int]) -> None:
        if stage not in tasks:
            label = "extracting" if stage == "extract" else stage.replace("export:", "writing ")
            tasks[stage] = bar.add_task(label, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, update


@app.command()
def build(
    paths: List[Path] = typer.Argument(..., help="Document files or directories."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for extract/*.json and the graph.* exports."),
    store: Path = typer.Option(_STORE, "--store", help="Where to persist the documents and the RDF store."),
    replace: bool = typer.Option(False, "--replace", help="Drop documents of the store that are not in this batch."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
    views: bool = typer.Option(True, "--views/--no-views", help="Also write the HTML views into OUT/views."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes extracting in parallel (0 = all cores)."),
    exports: str = typer.Option("ttl,nt,trig,jsonld,graphml", "--exports",
                                help="Comma-separated export formats to write into OUT, or 'none'."),
) -> None:
    """Extract documents, build the graph, persist it to the store and write the exports (and views) into OUT.

    Documents are extracted by --jobs worker processes and streamed into the store; a progress bar shows on
    a terminal, and the speed (documents per second) is reported at the end.
    """
    import time

    from policykg.build import build_corpus

    formats = [] if exports.strip().lower() == "none" else [f.strip().lower() for f in exports.split(",") if f.strip()]
    bar, update = _build_progress(err.is_terminal and not as_json)
    try:
        if bar is not None:
            bar.start()
        try:
            result = build_corpus(paths, out_dir, store, replace=replace, exports=formats, jobs=jobs, progress=update)
        finally:
            if bar is not None:
                bar.stop()
        if views and result.graph.nodes:
            from policykg.viz import write_views

            t0 = time.perf_counter()
            result.exports["html"] = write_views(result.graph, out_dir / "views")[0]
            result.timings["views"] = time.perf_counter() - t0
            result.seconds += result.timings["views"]
    except PolicyKGError as exc:
        _fail(exc)
    for e in result.errors:
        err.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
    summary = result.summary()
    if as_json:
        _echo_json(summary)
    else:
        counts = summary["counts"]
        out.print(f"{len(result.documents)} documents built, {len(result.errors)} failed; "
                  f"{len(summary['store_documents'])} in the store {store}", highlight=False, soft_wrap=True)
        out.print("nodes: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()), highlight=False, soft_wrap=True)
        out.print("edges: " + ", ".join(f"{k} {v}" for k, v in counts["edges"].items()), highlight=False, soft_wrap=True)
        out.print(f"rdf: {summary['rdf'].get('quads', 0)} quads in {len(summary['rdf'].get('graphs', {}))} named graphs",
                  highlight=False, soft_wrap=True)
        for fmt, path in summary["exports"].items():
            out.print(f"wrote {path}", highlight=False, soft_wrap=True)
        out.print(f"{summary['seconds']:.1f} s, {summary['documents_per_second']:.1f} documents/s "
                  f"({summary['jobs']} jobs)", highlight=False, soft_wrap=True)
    if result.errors:
        raise typer.Exit(2)


@app.command()
def validate(
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check the store against the SHACL shapes (schema/shapes.ttl); exit 5 on violations."""
    from policykg.errors import ValidationError
    from policykg.graph.shacl import validate as run_shacl
    from policykg.graph.store import open_store

    try:
        with open_store(store) as rdf:
            report = run_shacl(rdf)
    except PolicyKGError as exc:
        _fail(exc)
    if as_json:
        _echo_json(report.to_dict())
    else:
        for v in report.violations:
            out.print(f"{v.severity}: {v.describe()}", highlight=False, soft_wrap=True)
        verdict = "conforms" if report.conforms else "does not conform"
        out.print(f"{store} {verdict}: {report.triples} triples, {len(report.violations)} violations",
                  highlight=False, soft_wrap=True)
    if not report.conforms:
        raise typer.Exit(ValidationError.exit_code)


@app.command()
def serve(
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
    port: int = typer.Option(7878, "--port", help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
) -> None:
    """Serve the store read-only over SPARQL (oxigraph server, with its query page) until Ctrl-C."""
    import signal

    from policykg.graph.serve import start_server

    try:
        proc = start_server(store, port, host)
    except PolicyKGError as exc:
        _fail(exc)

    def _stop(*_: object) -> None:  # SIGTERM stops the server too, not only Ctrl-C
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    out.print(f"SPARQL endpoint http://{host}:{port}/query, query page http://{host}:{port}/ (Ctrl-C stops)",
              highlight=False, soft_wrap=True)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait()
        code = 0
    raise typer.Exit(code)


@app.command()
def push(
    endpoint: str = typer.Option(..., "--sparql-endpoint", help="The remote SPARQL store: a server URL "
                                 "(http://host:7878, /store is added) or its Graph Store URL (…/ds/data)."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
    fmt: str = typer.Option("nt", "--format", "-f", help="nt (application/n-triples) or ttl (text/turtle)."),
    graph: Optional[List[str]] = typer.Option(None, "--graph", help="Push only this graph (document id, common "
                                              "or derived; repeatable)."),
    user: Optional[str] = typer.Option(None, "--user", help="HTTP basic authentication user."),
    password_env: str = typer.Option("SPARQL_PASSWORD", "--password-env",
                                     help="Environment variable holding the password (with --user)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
) -> None:
    """PUT each named graph of the store (documents, common, derived) to a remote SPARQL store.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol: a PUT replaces the remote graph, so pushing again is safe.
    """
    import os

    from policykg.graph.gsp import push_store

    bar, step = _build_progress(err.is_terminal and not as_json)
    update = (lambda done, total, name: step("pushing graphs", done, total)) if step is not None else None
    if bar is not None:
        bar.start()
    try:
        result = push_store(endpoint, store, fmt=fmt.lower(), graphs=graph or None, user=user,
                            password=os.environ.get(password_env) if user else None, progress=update)
    except PolicyKGError as exc:
        if bar is not None:
            bar.stop()
        _fail(exc)
    if bar is not None:
        bar.stop()
    summary = result.summary()
    if as_json:
        _echo_json(summary)
    else:
        out.print(f"pushed {summary['pushed']} graphs ({summary['triples']} triples) to {summary['service']} "
                  f"in {summary['seconds']:.1f} s", highlight=False, soft_wrap=True)


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="ttl, nt, trig, nq, jsonld or graphml."),
    out_file: Path = typer.Option(..., "--out", "-o", help="File to write."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
) -> None:
    """Export the store as Turtle, N-Triples, TriG, N-Quads, JSON-LD or GraphML."""
    from policykg.build import export_store

    try:
        path = export_store(store, fmt.lower(), out_file)
    except PolicyKGError as exc:
        _fail(exc)
    out.print(f"wrote {path}", highlight=False, soft_wrap=True)


@app.command()
def remove(
    doc_id: str = typer.Argument(..., help="The document id (file stem) to remove."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
) -> None:
    """Remove a document from the store (shared agencies other documents use stay)."""
    from policykg.graph.store import remove_document

    try:
        g = remove_document(store, doc_id)
    except PolicyKGError as exc:
        _fail(exc)
    out.print(f"removed {doc_id}; {len(g.documents)} documents left in {store}", highlight=False, soft_wrap=True)


@app.command("queries")
def list_queries(as_json: bool = typer.Option(False, "--json", help="Print the catalogue as JSON.")) -> None:
    """List the canned questions and their parameters."""
    from policykg.queries import list_questions

    try:
        questions = list_questions()
    except PolicyKGError as exc:
        _fail(exc)
    if as_json:
        _echo_json([q.summary() for q in questions])
        return
    for q in questions:
        params = ", ".join(p.describe() for p in q.params) or "no parameters"
        out.print(f"{q.name}  {q.title_zh} / {q.title_en}  [{params}]", highlight=False, soft_wrap=True)


def _engine_options(engine: str, store: Path, uri: Optional[str] = None, user: Optional[str] = None,
                    database: Optional[str] = None) -> dict:
    """Options of each query engine: the store for rdf, the connection for neo4j (password from $NEO4J_PASSWORD)."""
    if engine == "rdf":
        return {"store_dir": store}
    if engine == "neo4j":
        return {"uri": uri, "user": user, "database": database}
    return {}


def _print_rows(result: dict, fmt: str) -> None:
    columns, rows = result["columns"], result["rows"]
    if fmt == "json":
        _echo_json(result)
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in columns])
    else:
        from rich.table import Table

        table = Table(*columns, title=f"{result['query']} ({len(rows)} rows)", show_lines=False)
        for row in rows:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        out.print(table)


@app.command()
def query(
    name: str = typer.Argument(..., help="The question (see `policykg queries`)."),
    param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="A parameter as key=value (repeatable)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
    engine: str = typer.Option("rdf", "--engine", help="The query engine: rdf (SPARQL on the store) or neo4j "
                               "(Cypher on a server loaded by `policykg neo4j load`)."),
    uri: Optional[str] = typer.Option(None, "--uri", help="neo4j engine: bolt:// or neo4j:// URI (default "
                                      "$NEO4J_URI, else bolt://127.0.0.1:7687); the password is $NEO4J_PASSWORD."),
    user: Optional[str] = typer.Option(None, "--user", help="neo4j engine: user (default $NEO4J_USER, else neo4j)."),
    database: Optional[str] = typer.Option(None, "--database", help="neo4j engine: database (default "
                                           "$NEO4J_DATABASE, else the server's default)."),
) -> None:
    """Answer a canned question (SPARQL on the store, or Cypher on Neo4j with --engine neo4j)."""
    from policykg.errors import ConfigError, QueryError
    from policykg.queries import run_question

    try:
        if fmt not in ("table", "json", "csv"):
            raise ConfigError(f"unknown format {fmt!r}; use table, json or csv")
        params = {}
        for item in param or []:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise QueryError(f"{name}: parameter {item!r} is not key=value")
            params[key.strip()] = value
        result = run_question(name, params, engine=engine, **_engine_options(engine, store, uri, user, database))
    except PolicyKGError as exc:
        _fail(exc)
    _print_rows(result, fmt)


# -- neo4j: load into a server, export for cypher-shell / neo4j-admin (graph/neo4j.py, graph/neo4j_export.py) --

neo4j_app = typer.Typer(help="Load the graph into Neo4j, or export it for cypher-shell and neo4j-admin.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
_SOURCE_HELP = "Document files or directories, or a store directory written by `policykg build` (default: the store)."


def _neo4j_graph(paths: Optional[List[Path]], store: Path):  # -> PolicyGraph
    """The graph of ``paths`` (documents or a store dir), else of ``store``; prints extraction errors."""
    from policykg.api import build as build_graph_of

    g = build_graph_of(list(paths) if paths else [store], errors="collect")
    for e in getattr(g, "errors", []):
        err.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
    if not g.documents:
        raise InputError(", ".join(map(str, paths or [store])), "no document could be extracted",
                         "pass policy documents, directories holding them, or a store written by policykg build")
    return g


def _neo4j_connect(uri: Optional[str], user: Optional[str], password_env: str, database: Optional[str]):
    """Connect with the password from ``$password_env`` or a hidden prompt (never an option, never printed)."""
    import os

    from policykg.errors import ConfigError
    from policykg.graph.neo4j import connect

    password = os.environ.get(password_env)
    if not password:
        if not sys.stdin.isatty():
            raise ConfigError(f"no Neo4j password: set ${password_env} (or run in a terminal to be asked)")
        password = typer.prompt("Neo4j password", hide_input=True)
    return connect(uri, user, password, database)


def _print_counts(counts: dict) -> None:
    for kind in ("nodes", "relationships"):
        line = ", ".join(f"{k} {v}" for k, v in counts[kind].items()) or "none"
        out.print(f"{kind}: {line}", highlight=False, soft_wrap=True)


@neo4j_app.command("load")
def neo4j_load(
    paths: Optional[List[Path]] = typer.Argument(None, help=_SOURCE_HELP),
    store: Path = typer.Option(_STORE, "--store", help="Store to load when no PATHS are given."),
    uri: Optional[str] = typer.Option(None, "--uri", help="bolt:// or neo4j:// URI (default $NEO4J_URI, "
                                      "else bolt://127.0.0.1:7687)."),
    user: Optional[str] = typer.Option(None, "--user", help="User (default $NEO4J_USER, else neo4j)."),
    password_env: str = typer.Option("NEO4J_PASSWORD", "--password-env",
                                     help="Environment variable holding the password (asked for if unset)."),
    database: Optional[str] = typer.Option(None, "--database", help="Database (default $NEO4J_DATABASE, "
                                           "else the server's default)."),
    batch_size: int = typer.Option(5000, "--batch-size", min=1, help="Rows per UNWIND batch and per transaction."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
) -> None:
    """Load documents (or a built store) into Neo4j: idempotent, one transaction per document batch.

    Re-loading a changed document replaces exactly its facts; shared agencies stay.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    try:
        graph = _neo4j_graph(paths, store)
        with _neo4j_connect(uri, user, password_env, database) as neo, \
                Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                         console=err, transient=True, disable=as_json) as bar:
            task = bar.add_task("loading", total=len(graph.nodes) + len(graph.edges))

            def progress(done: int, total: int, what: str) -> None:
                bar.update(task, completed=done, total=total, description=what[:40])

            loaded = neo.load(graph, batch_size=batch_size, progress=progress)
            counts = neo.counts()
            where = neo.uri
    except PolicyKGError as exc:
        _fail(exc)
    if as_json:
        _echo_json({"uri": where, "loaded": loaded, "counts": counts})
    else:
        out.print(f"loaded {loaded['documents']} documents ({loaded['nodes']} nodes, {loaded['relationships']} "
                  f"relationships) into {where} in {loaded['seconds']:.1f}s", highlight=False, soft_wrap=True)
        _print_counts(counts)
    if getattr(graph, "errors", None):
        raise typer.Exit(2)


@neo4j_app.command("remove")
def neo4j_remove(
    doc_id: str = typer.Argument(..., help="The document id (file stem) to remove from Neo4j."),
    store: Optional[Path] = typer.Option(None, "--store", help="A store holding the remaining documents: "
                                         "recomputes the corpus-wide edges from it."),
    uri: Optional[str] = typer.Option(None, "--uri", help="bolt:// or neo4j:// URI (default $NEO4J_URI)."),
    user: Optional[str] = typer.Option(None, "--user", help="User (default $NEO4J_USER, else neo4j)."),
    password_env: str = typer.Option("NEO4J_PASSWORD", "--password-env", help="Variable holding the password."),
    database: Optional[str] = typer.Option(None, "--database", help="Database (default: the server's)."),
) -> None:
    """Remove one document's facts from Neo4j (shared agencies other documents use stay)."""
    try:
        remaining = None
        if store is not None:
            from policykg.graph import remove_document as drop
            from policykg.graph.store import load_graph

            remaining = load_graph(store)
            if doc_id in remaining.documents:
                drop(remaining, doc_id)
        with _neo4j_connect(uri, user, password_env, database) as neo:
            neo.remove_document(doc_id, remaining)
            counts = neo.counts()
    except PolicyKGError as exc:
        _fail(exc)
    out.print(f"removed {doc_id}", highlight=False, soft_wrap=True)
    _print_counts(counts)


@neo4j_app.command("export")
def neo4j_export(
    paths: Optional[List[Path]] = typer.Argument(None, help=_SOURCE_HELP),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for load.cypher, the CSVs and import.sh."),
    store: Path = typer.Option(_STORE, "--store", help="Store to export when no PATHS are given."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND statement of the script."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
) -> None:
    """Export for users without Python: a Cypher script for `cypher-shell -f` and CSVs for
    `neo4j-admin database import full` (with the command in import.sh)."""
    from policykg.graph.neo4j_export import export_neo4j

    try:
        graph = _neo4j_graph(paths, store)
        written = export_neo4j(graph, out_dir, batch_size=batch_size)
    except PolicyKGError as exc:
        _fail(exc)
    if as_json:
        _echo_json({k: str(v) if isinstance(v, Path) else [str(p) for p in v] for k, v in written.items()})
    else:
        out.print(f"wrote {written['script']} (cypher-shell -f) and {len(written['csv'])} CSV files; "
                  f"neo4j-admin command in {written['import']}", highlight=False, soft_wrap=True)
    if getattr(graph, "errors", None):
        raise typer.Exit(2)


@neo4j_app.command("guide")
def neo4j_guide(
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for the guide's index.html (the one "
                                 "scripts/neo4j-local serves is src/policykg/queries/guide)."),
) -> None:
    """Write the Neo4j Browser guide of the canned questions, generated from the query files.

    Serve the directory over HTTP (scripts/neo4j-local does, on port 7475) and open it in the Browser
    with `:guide http://127.0.0.1:7475/index.html`.
    """
    from policykg.queries.browser_guide import guide_url, write_guide

    try:
        path = write_guide(out_dir)
    except PolicyKGError as exc:
        _fail(exc)
    out.print(f"wrote {path}; served by scripts/neo4j-local, open it with :guide {guide_url()}",
              highlight=False, soft_wrap=True)


def main() -> None:
    """Entry point of the ``policykg`` script."""
    try:
        app()
    except PolicyKGError as exc:  # pragma: no cover - commands catch their own
        err.print(f"error: {exc}")
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
