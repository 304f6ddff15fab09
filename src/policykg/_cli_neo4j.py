"""The ``policykg neo4j`` commands: load the graph into a Neo4j server, remove a document from it, export it
for cypher-shell and neo4j-admin, write the Neo4j Browser guide.

The group is added to the ``policykg`` command by :mod:`policykg.cli` (which re-exports its names); like it,
it calls :mod:`policykg.api` only, and its errors are mapped by :class:`policykg._cli_errors.Commands`.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from policykg import api
from policykg._cli_errors import json_option
from policykg._cli_output import echo_json, err, open_graph, out, print_counts
from policykg.errors import ConfigError

__all__ = ["neo4j_app", "neo4j_load", "neo4j_remove", "neo4j_export", "neo4j_guide"]

_STORE = api.DEFAULT_STORE

neo4j_app = typer.Typer(help="Load the graph into Neo4j, or export it for cypher-shell and neo4j-admin.",
                        no_args_is_help=True)
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
    as_json: bool = json_option(),
) -> None:
    """Load documents (or a built store) into Neo4j: idempotent, one transaction per document batch.

    Re-loading a changed document replaces exactly its facts; shared agencies stay.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    graph = open_graph(paths, store)
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
        echo_json({"uri": where, "loaded": loaded, "counts": counts})
    else:
        out.print(f"loaded {loaded['documents']} documents ({loaded['nodes']} nodes, {loaded['relationships']} "
                  f"relationships) into {where} in {loaded['seconds']:.1f}s")
        print_counts(counts)
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
    print_counts(counts)


@neo4j_app.command("export")
def neo4j_export(
    paths: Optional[List[Path]] = typer.Argument(None, help=_SOURCE_HELP),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Directory for load.cypher, the CSVs and import.sh."),
    store: Path = typer.Option(_STORE, "--store", help="Store to export when no PATHS are given."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND statement of the script."),
    as_json: bool = json_option(),
) -> None:
    """Export for users without Python: a Cypher script for `cypher-shell -f` and CSVs for
    `neo4j-admin database import full` (with the command in import.sh)."""
    graph = open_graph(paths, store)
    written = api.export_neo4j(graph, out_dir, batch_size=batch_size)
    if as_json:
        echo_json({k: str(v) if isinstance(v, Path) else [str(p) for p in v] for k, v in written.items()})
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
