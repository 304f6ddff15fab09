"""The ``policykg`` command line: a thin layer over the library API (:mod:`policykg.api`).

Every command calls public functions of :mod:`policykg.api`; every
:class:`~policykg.errors.PolicyKGError` a command raises becomes, in one place
(:class:`_Commands`), a one-line message on stderr (and a JSON error object on
stdout under ``--json``) and the exit code of its class.  Text is printed as it
is, never read as Rich markup (``policykg[formats]`` stays whole).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from policykg import api
from policykg.errors import ConfigError, PolicyKGError, QueryError, ValidationError

# user text (titles, names, messages with [extras]) is printed as it is: no markup, no highlighting
out = Console(markup=False, highlight=False, soft_wrap=True)
err = Console(stderr=True, markup=False, highlight=False, soft_wrap=True)
_JSON = "policykg.json"  # ctx.meta key: the command was asked for JSON, so is its error
#: rows of a query result printed as a table; the rest is left out with a note (CSV and JSON hold every row)
TABLE_ROWS = 200
#: terminal cells a table column needs at least; a result with more columns than fit prints one record per row
_MIN_COLUMN = 9
INTERRUPTED = "interrupted"


def _error(exc: Exception) -> None:
    err.print(Text("error:", style="red"), str(exc))


def _echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


class _Commands(TyperGroup):
    """The ``policykg`` group: maps a :class:`PolicyKGError` from any command (sub-groups too) to its message
    and exit code, and under ``--json`` to ``{"error", "type", "exit_code"}`` on stdout."""

    def invoke(self, ctx):  # noqa: ANN001, ANN201 - click's signature
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            _error(exc)
            if ctx.meta.get(_JSON):
                _echo_json({"error": str(exc), "type": type(exc).__name__, "exit_code": exc.exit_code})
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:  # Ctrl-C: one line, no traceback, the shell's code for SIGINT
            _error(Exception(INTERRUPTED))
            if ctx.meta.get(_JSON):
                _echo_json({"error": INTERRUPTED, "type": "KeyboardInterrupt", "exit_code": 130})
            raise typer.Exit(130) from None


def _json_flag(ctx: typer.Context, value: bool) -> bool:
    ctx.meta[_JSON] = value  # ctx.meta is shared with the group, which prints the error
    return value


def _json_option(help_text: str = "Print a JSON summary instead of text.") -> bool:
    return typer.Option(False, "--json", help=help_text, callback=_json_flag)


def _version(value: bool) -> None:
    if value:
        import policykg

        typer.echo(f"policykg {policykg.__version__}")
        raise typer.Exit()


app = typer.Typer(help="Chinese policy documents -> knowledge graph of policies, agencies and measures.",
                  cls=_Commands, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr."),
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Document files or directories."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for <stem>.json files."),
    as_json: bool = _json_option("Print a JSON summary instead of a table."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (0 = all cores)."),
) -> None:
    """Extract each document into OUT/<stem>.json (gold schema plus evidence)."""
    written, failed = [], []
    for item in api.write_extracted(paths, out_dir, jobs=jobs):
        if isinstance(item, PolicyKGError):
            failed.append(item)
            _error(item)
            continue
        doc, path = item
        written.append({"doc_id": doc.doc_id, "file": str(path), "title": doc.title, "measures": len(doc.measures)})
    if as_json:
        _echo_json({"written": written, "failed": [str(e) for e in failed]})
    else:
        for w in written:
            out.print(f"{w['file']}  {w['measures']} measures  {w['title']}")
        out.print(f"{len(written)} extracted, {len(failed)} failed")
    if failed:
        raise typer.Exit(2)


def _graph(paths: Optional[List[Path]], store: Path) -> api.PolicyGraph:
    """:func:`policykg.api.open_graph`, with the files that failed reported one line each."""
    graph = api.open_graph(paths, store=store)
    for e in graph.errors:
        _error(e)
    return graph


@app.command()
def viz(
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for index.html and the views."),
    store: Path = typer.Option(Path(".policykg/store"), "--store", help="Graph store written by `policykg build`."),
    corpus: Optional[List[Path]] = typer.Option(
        None, "--corpus", help="Build from these document files or directories instead of the store (repeatable)."),
    no_agency_views: bool = typer.Option(False, "--no-agency-views", help="Skip the one-page-per-agency views."),
    as_json: bool = _json_option(),
) -> None:
    """Write interactive HTML views (index, overview, overlap, one per policy and agency) into OUT.

    The pages work offline: open OUT/index.html in a browser.
    """
    graph = _graph(corpus, store)
    texts = None if corpus else api.texts_from_store(store)  # the document pages show the stored texts
    paths = api.write_views(graph, out_dir, agencies=not no_agency_views, texts=texts)
    index = paths[0]
    if as_json:
        _echo_json({"index": str(index), "pages": [str(p) for p in paths],
                    "nodes": len(graph.nodes), "edges": len(graph.edges)})
    else:
        out.print(f"{len(paths)} pages written; open {index}")


# -- store, RDF, SHACL, canned questions (build, validate, serve, export, remove, queries, query) --------

_STORE = api.DEFAULT_STORE
_STORE_HELP = "Graph store written by `policykg build`."


def _build_progress(enabled: bool):  # -> (rich Progress | None, callback | None)
    """A progress bar on stderr (only on a terminal): documents, then the corpus-wide steps."""
    if not enabled:
        return None, None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

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
    as_json: bool = _json_option(),
    views: bool = typer.Option(True, "--views/--no-views", help="Also write the HTML views into OUT/views."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes extracting in parallel (0 = all cores)."),
    exports: str = typer.Option("ttl,nt,trig,jsonld,graphml", "--exports",
                                help="Comma-separated export formats to write into OUT, or 'none'."),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", help="Also load the store's graph into Neo4j at this "
                                        "bolt:// or neo4j:// URI (user and password: $NEO4J_USER, $NEO4J_PASSWORD)."),
) -> None:
    """Extract documents, build the graph, persist it to the store and write the exports (and views) into OUT.

    Documents are extracted by --jobs worker processes and streamed into the store; a progress bar shows on
    a terminal, and the speed (documents per second) is reported at the end.
    """
    formats = [] if exports.strip().lower() == "none" else [f.strip().lower() for f in exports.split(",") if f.strip()]
    bar, update = _build_progress(err.is_terminal and not as_json)
    if bar is not None:
        bar.start()
    try:
        result = api.build_store(paths, out_dir, store, replace=replace, exports=formats, jobs=jobs, views=views,
                                 neo4j=neo4j, progress=update)
    finally:
        if bar is not None:
            bar.stop()
    for e in result.errors:
        _error(e)
    summary = result.summary()
    if as_json:
        _echo_json(summary)
    else:
        counts = summary["counts"]
        out.print(f"{len(result.documents)} documents built, {len(result.errors)} failed; "
                  f"{len(summary['store_documents'])} in the store {store}")
        out.print("nodes: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()))
        out.print("edges: " + ", ".join(f"{k} {v}" for k, v in counts["edges"].items()))
        out.print(f"rdf: {summary['rdf'].get('quads', 0)} quads in {len(summary['rdf'].get('graphs', {}))} named graphs")
        for where, counts in summary.get("stores", {}).items():
            out.print(f"{where}: " + ", ".join(f"{k} {sum(v.values())}" for k, v in counts.items()))
        for fmt, path in summary["exports"].items():
            out.print(f"wrote {path}")
        out.print(f"{summary['seconds']:.1f} s, {summary['documents_per_second']:.1f} documents/s "
                  f"({summary['jobs']} jobs)")
    if result.errors:
        raise typer.Exit(2)


@app.command()
def validate(
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
    as_json: bool = _json_option("Print the report as JSON."),
    inference: str = typer.Option("rdfs", "--inference",
                                  help="rdfs: check after RDFS inference over the ontology (default); none: as stored."),
) -> None:
    """Check the store against the SHACL shapes (schema/shapes.ttl) after RDFS inference; exit 5 on violations."""
    report = api.validate_store(store, inference=inference)
    if as_json:
        _echo_json(report.to_dict())
    else:
        for v in report.violations:
            out.print(f"{v.severity}: {v.describe()}")
        verdict = "conforms" if report.conforms else "does not conform"
        out.print(f"{store} {verdict}: {report.triples} triples, {len(report.violations)} violations")
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

    proc = api.start_server(store, port, host)

    def _stop(*_: object) -> None:  # SIGTERM stops the server too, not only Ctrl-C
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    out.print(f"SPARQL endpoint http://{host}:{port}/query, query page http://{host}:{port}/ (Ctrl-C stops)")
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
    as_json: bool = _json_option("Print a JSON summary (or error) instead of text."),
) -> None:
    """PUT each named graph of the store (documents, common, derived) to a remote SPARQL store.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol: a PUT replaces the remote graph, so pushing again is safe.
    """
    import os

    bar, step = _build_progress(err.is_terminal and not as_json)
    update = (lambda done, total, name: step("pushing graphs", done, total)) if step is not None else None
    if bar is not None:
        bar.start()
    try:
        result = api.push_store(endpoint, store, fmt=fmt.lower(), graphs=graph or None, user=user,
                                password=os.environ.get(password_env) if user else None, progress=update)
    finally:
        if bar is not None:
            bar.stop()
    summary = result.summary()
    if as_json:
        _echo_json(summary)
    else:
        out.print(f"pushed {summary['pushed']} graphs ({summary['triples']} triples) to {summary['service']} "
                  f"in {summary['seconds']:.1f} s")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="ttl, nt, trig, nq, jsonld or graphml."),
    out_file: Path = typer.Option(..., "--out", "-o", help="File to write."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
) -> None:
    """Export the store as Turtle, N-Triples, TriG, N-Quads, JSON-LD (compacted, with an @context) or GraphML."""
    out.print(f"wrote {api.export_store(store, fmt.lower(), out_file)}")


@app.command()
def remove(
    doc_id: str = typer.Argument(..., help="The document id (file stem) to remove."),
    store: Path = typer.Option(_STORE, "--store", help=_STORE_HELP),
) -> None:
    """Remove a document from the store (shared agencies other documents use stay)."""
    g = api.remove_document(store, doc_id)
    out.print(f"removed {doc_id}; {len(g.documents)} documents left in {store}")


@app.command("queries")
def list_queries(as_json: bool = _json_option("Print the catalogue as JSON.")) -> None:
    """List the canned questions and their parameters (give them to `policykg query` as -p NAME=VALUE)."""
    questions = api.list_questions()
    if as_json:
        _echo_json([q.summary() for q in questions])
        return
    for q in questions:
        out.print(f"{q.name}  {q.title_zh} / {q.title_en}")
        for p in q.params:
            out.print(f"    -p {p.describe()}" + (f": {p.description}" if p.description else ""))
        if not q.params:
            out.print("    no parameters")


def _engine_options(engine: str, store: Path, uri: Optional[str] = None, user: Optional[str] = None,
                    database: Optional[str] = None) -> dict:
    """Options of each query engine: the store for rdf, the connection for neo4j (password from $NEO4J_PASSWORD)."""
    if engine == "rdf":
        return {"store_dir": store}
    if engine == "neo4j":
        return {"uri": uri, "user": user, "database": database}
    return {}


def _write(text: str) -> None:
    sys.stdout.write(text)


def _cell(value: object) -> object:
    return "" if value is None else value


def _print_rows(result: dict, fmt: str) -> None:
    """A query result as JSON or CSV, written row by row, or as a table of its first :data:`TABLE_ROWS` rows.

    A table is built whole before it is printed, so a large result is cut, with a note saying how many rows
    were left out; JSON and CSV hold every row and never build the whole text in memory.
    """
    columns, rows = result["columns"], result["rows"]
    if fmt == "json":
        head = {k: v for k, v in result.items() if k != "rows"}
        _write("{\n" + "".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)},\n"
                               for k, v in head.items()) + '  "rows": [')
        for i, row in enumerate(rows):
            _write(("," if i else "") + "\n    " + json.dumps(row, ensure_ascii=False))
        _write("\n  ]\n}\n" if rows else "]\n}\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row[c]) for c in columns])
    else:
        from rich.table import Column, Table

        shown = rows[:TABLE_ROWS]
        title = f"{result['query']} ({len(rows)} rows" + (f", first {len(shown)} shown)" if len(shown) < len(rows)
                                                           else ")")
        # a narrow terminal wraps names (Chinese has no spaces to break at: fold anywhere), never cuts them to 苏 …
        if len(columns) * _MIN_COLUMN > out.width:  # too many columns side by side: one record per row
            out.print(title)
            for i, row in enumerate(shown, start=1):
                record = Table(Column(overflow="fold"), Column(overflow="fold", ratio=1), show_header=False,
                               title=f"{i}/{len(rows)}", title_justify="left", expand=True)
                for c in columns:
                    record.add_row(c, str(_cell(row[c])))
                out.print(record)
        else:
            numeric = {c for c in columns if shown and all(isinstance(r[c], (int, float)) or r[c] is None
                                                           for r in shown)}
            widest = {c: max([len(str(_cell(r[c]))) for r in shown] + [6]) for c in numeric}  # numbers: narrow,
            table = Table(*(Column(c, overflow="fold", no_wrap=False, justify="right" if c in numeric else "left",
                                   max_width=widest.get(c)) for c in columns),  # their headers folded
                          title=title, show_lines=len(columns) > 4)
            for row in shown:
                table.add_row(*(str(_cell(row[c])) for c in columns))
            out.print(table)
        if len(shown) < len(rows):
            out.print(f"{len(rows) - len(shown)} more rows not shown; use --format csv or --format json for all "
                      f"{len(rows)} rows")


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
    if fmt not in ("table", "json", "csv"):
        raise ConfigError(f"unknown format {fmt!r}; use table, json or csv")
    params = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryError(f"{name}: parameter {item!r} is not key=value")
        params[key.strip()] = value
    _print_rows(api.run_question(name, params, engine=engine, **_engine_options(engine, store, uri, user, database)),
                fmt)


# -- neo4j: load into a server, export for cypher-shell / neo4j-admin (graph/neo4j.py, graph/neo4j_export.py) --

neo4j_app = typer.Typer(help="Load the graph into Neo4j, or export it for cypher-shell and neo4j-admin.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
_SOURCE_HELP = "Document files or directories, or a store directory written by `policykg build` (default: the store)."


def _neo4j_connect(uri: Optional[str], user: Optional[str], password_env: str, database: Optional[str]):
    """Connect with the password from ``$password_env`` or a hidden prompt (never an option, never printed)."""
    import os

    password = os.environ.get(password_env)
    if not password:
        if not sys.stdin.isatty():
            raise ConfigError(f"no Neo4j password: set ${password_env} (or run in a terminal to be asked)")
        password = typer.prompt("Neo4j password", hide_input=True)
    return api.connect_neo4j(uri, user, password, database)


def _print_counts(counts: dict) -> None:
    for kind in ("nodes", "relationships"):
        line = ", ".join(f"{k} {v}" for k, v in counts[kind].items()) or "none"
        out.print(f"{kind}: {line}")


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
    as_json: bool = _json_option(),
) -> None:
    """Load documents (or a built store) into Neo4j: idempotent, one transaction per document batch.

    Re-loading a changed document replaces exactly its facts; shared agencies stay.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    graph = _graph(paths, store)
    with _neo4j_connect(uri, user, password_env, database) as neo, \
            Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                     console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task("loading", total=len(graph.nodes) + len(graph.edges))

        def progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=what[:40])

        loaded = neo.load(graph, batch_size=batch_size, progress=progress)
        counts = neo.counts()
        where = neo.uri
    if as_json:
        _echo_json({"uri": where, "loaded": loaded, "counts": counts})
    else:
        out.print(f"loaded {loaded['documents']} documents ({loaded['nodes']} nodes, {loaded['relationships']} "
                  f"relationships) into {where} in {loaded['seconds']:.1f}s")
        _print_counts(counts)
    if graph.errors:
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
    remaining = None
    if store is not None:
        remaining = api.open_graph(store=store)
        remaining.remove(doc_id)
    with _neo4j_connect(uri, user, password_env, database) as neo:
        neo.remove_document(doc_id, remaining)
        counts = neo.counts()
    out.print(f"removed {doc_id}")
    _print_counts(counts)


@neo4j_app.command("export")
def neo4j_export(
    paths: Optional[List[Path]] = typer.Argument(None, help=_SOURCE_HELP),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for load.cypher, the CSVs and import.sh."),
    store: Path = typer.Option(_STORE, "--store", help="Store to export when no PATHS are given."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND statement of the script."),
    as_json: bool = _json_option(),
) -> None:
    """Export for users without Python: a Cypher script for `cypher-shell -f` and CSVs for
    `neo4j-admin database import full` (with the command in import.sh)."""
    graph = _graph(paths, store)
    written = api.export_neo4j(graph, out_dir, batch_size=batch_size)
    if as_json:
        _echo_json({k: str(v) if isinstance(v, Path) else [str(p) for p in v] for k, v in written.items()})
    else:
        out.print(f"wrote {written['script']} (cypher-shell -f) and {len(written['csv'])} CSV files; "
                  f"neo4j-admin command in {written['import']}")
    if graph.errors:
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
    path = api.write_guide(out_dir)
    out.print(f"wrote {path}; served by scripts/neo4j-local, open it with :guide {api.guide_url()}")


def main() -> None:
    """Entry point of the ``policykg`` script."""
    app()


if __name__ == "__main__":
    main()
