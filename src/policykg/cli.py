"""The ``policykg`` command line: a thin layer over the library API (:mod:`policykg.api`).

Every command calls public functions of :mod:`policykg.api`; every
:class:`~policykg.errors.PolicyKGError` a command raises becomes, in one place
(:class:`policykg._cli_errors.Commands`), a one-line message on stderr (and a JSON error object on
stdout under ``--json``) and the exit code of its class.  Text is printed as it
is, never read as Rich markup (``policykg[formats]`` stays whole).

The commands are here and, for ``policykg neo4j``, in :mod:`policykg._cli_neo4j`; what they print
(messages, tables, progress) is :mod:`policykg._cli_output`.  Only this module imports them.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Optional

import typer

from policykg import api
from policykg._cli_errors import INTERRUPTED, Commands, json_option
from policykg._cli_neo4j import neo4j_app, neo4j_export, neo4j_guide, neo4j_load, neo4j_remove
from policykg._cli_output import TABLE_ROWS, build_progress, echo_json, err, error, open_graph, out, print_rows
from policykg.errors import ConfigError, PolicyKGError, QueryError, ValidationError

__all__ = ["app", "main", "neo4j_app", "out", "err", "TABLE_ROWS", "INTERRUPTED", "extract", "viz", "build",
           "validate", "serve", "push", "export", "remove", "list_queries", "query", "neo4j_load", "neo4j_remove",
           "neo4j_export", "neo4j_guide"]


def _version(value: bool) -> None:
    if value:
        import policykg

        typer.echo(f"policykg {policykg.__version__}")
        raise typer.Exit()


app = typer.Typer(help="Chinese policy documents -> knowledge graph of policies, agencies and measures.",
                  cls=Commands, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


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
    as_json: bool = json_option("Print a JSON summary instead of a table."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (0 = all cores)."),
) -> None:
    """Extract each document into OUT/<stem>.json (gold schema plus evidence)."""
    written, failed = [], []
    for item in api.write_extracted(paths, out_dir, jobs=jobs):
        if isinstance(item, PolicyKGError):
            failed.append(item)
            error(item)
            continue
        doc, path = item
        written.append({"doc_id": doc.doc_id, "file": str(path), "title": doc.title, "measures": len(doc.measures)})
    if as_json:
        echo_json({"written": written, "failed": [str(e) for e in failed]})
    else:
        for w in written:
            out.print(f"{w['file']}  {w['measures']} measures  {w['title']}")
        out.print(f"{len(written)} extracted, {len(failed)} failed")
    if failed:
        raise typer.Exit(2)


@app.command()
def viz(
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for index.html and the views."),
    store: Path = typer.Option(Path(".policykg/store"), "--store", help="Graph store written by `policykg build`."),
    corpus: Optional[List[Path]] = typer.Option(
        None, "--corpus", help="Build from these document files or directories instead of the store (repeatable)."),
    no_agency_views: bool = typer.Option(False, "--no-agency-views", help="Skip the one-page-per-agency views."),
    as_json: bool = json_option(),
) -> None:
    """Write interactive HTML views (index, overview, overlap, one per policy and agency) into OUT.

    The pages work offline: open OUT/index.html in a browser.
    """
    graph = open_graph(corpus, store)
    texts = None if corpus else api.texts_from_store(store)  # the document pages show the stored texts
    paths = api.write_views(graph, out_dir, agencies=not no_agency_views, texts=texts)
    index = paths[0]
    if as_json:
        echo_json({"index": str(index), "pages": [str(p) for p in paths],
                    "nodes": len(graph.nodes), "edges": len(graph.edges)})
    else:
        out.print(f"{len(paths)} pages written; open {index}")


# -- store, RDF, SHACL, canned questions (build, validate, serve, export, remove, queries, query) --------

_STORE = api.DEFAULT_STORE
_STORE_HELP = "Graph store written by `policykg build`."



@app.command()
def build(
    paths: List[Path] = typer.Argument(..., help="Document files or directories."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for extract/*.json and the graph.* exports."),
    store: Path = typer.Option(_STORE, "--store", help="Where to persist the documents and the RDF store."),
    replace: bool = typer.Option(False, "--replace", help="Drop documents of the store that are not in this batch."),
    as_json: bool = json_option(),
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
    bar, update = build_progress(err.is_terminal and not as_json)
    if bar is not None:
        bar.start()
    try:
        result = api.build_store(paths, out_dir, store, replace=replace, exports=formats, jobs=jobs, views=views,
                                 neo4j=neo4j, progress=update)
    finally:
        if bar is not None:
            bar.stop()
    for e in result.errors:
        error(e)
    summary = result.summary()
    if as_json:
        echo_json(summary)
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
    as_json: bool = json_option("Print the report as JSON."),
    inference: str = typer.Option("rdfs", "--inference",
                                  help="rdfs: check after RDFS inference over the ontology (default); none: as stored."),
) -> None:
    """Check the store against the SHACL shapes (schema/shapes.ttl) after RDFS inference; exit 5 on violations."""
    report = api.validate_store(store, inference=inference)
    if as_json:
        echo_json(report.to_dict())
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
    as_json: bool = json_option("Print a JSON summary (or error) instead of text."),
) -> None:
    """PUT each named graph of the store (documents, common, derived) to a remote SPARQL store.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol: a PUT replaces the remote graph, so pushing again is safe.
    """
    import os

    bar, step = build_progress(err.is_terminal and not as_json)
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
        echo_json(summary)
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
def list_queries(as_json: bool = json_option("Print the catalogue as JSON.")) -> None:
    """List the canned questions and their parameters (give them to `policykg query` as -p NAME=VALUE)."""
    questions = api.list_questions()
    if as_json:
        echo_json([q.summary() for q in questions])
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
    print_rows(api.run_question(name, params, engine=engine, **_engine_options(engine, store, uri, user, database)),
               fmt)


# -- neo4j: load into a server, export for cypher-shell / neo4j-admin (the commands: policykg._cli_neo4j) --

app.add_typer(neo4j_app, name="neo4j")


def main() -> None:
    """Entry point of the ``policykg`` script."""
    app()


if __name__ == "__main__":
    main()
