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


@app.command()
def build(
    paths: List[Path] = typer.Argument(..., help="Document files or directories."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for extract/*.json and the graph.* exports."),
    store: Path = typer.Option(_STORE, "--store", help="Where to persist the documents and the RDF store."),
    replace: bool = typer.Option(False, "--replace", help="Drop documents of the store that are not in this batch."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of text."),
) -> None:
    """Extract documents, build the graph, persist it to the store and write the exports into OUT."""
    from policykg.build import build_corpus

    try:
        result = build_corpus(paths, out_dir, store, replace=replace)
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


def _engine_options(engine: str, store: Path) -> dict:
    """Options of each query engine (a Neo4j engine adds its connection settings here)."""
    return {"store_dir": store} if engine == "rdf" else {}


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
    engine: str = typer.Option("rdf", "--engine", help="The query engine: rdf (SPARQL on the store)."),
) -> None:
    """Answer a canned question."""
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
        result = run_question(name, params, engine=engine, **_engine_options(engine, store))
    except PolicyKGError as exc:
        _fail(exc)
    _print_rows(result, fmt)


def main() -> None:
    """Entry point of the ``policykg`` script."""
    try:
        app()
    except PolicyKGError as exc:  # pragma: no cover - commands catch their own
        err.print(f"error: {exc}")
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
