"""Exports for users without Python: the Cypher script (run with the cypher-shell that
scripts/neo4j-local installs) and the neo4j-admin CSVs (imported into a fresh database of a
throwaway server).  Both must give exactly what the model says, metacharacters included.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _neo4j_helpers import (  # noqa: E402
    HOW,
    MAIN_CACHE,
    PAYLOADS,
    credentials,
    expected_snapshot,
    metachar_graph,
    model_counts,
    neo4j_store,
    snapshot,
    throwaway_server,
)
from conftest import require  # noqa: E402

from policykg.graph import build_graph  # noqa: E402
from policykg.graph.model import PolicyGraph  # noqa: E402
from policykg.stores.neo4j_cypher import schema_name, schema_statements  # noqa: E402

_ = (neo4j_store, throwaway_server)  # the fixtures


@pytest.fixture(scope="module")
def mixed_graph(corpus_docs) -> PolicyGraph:
    """The sample corpus plus a document made of metacharacters."""
    return metachar_graph(into=build_graph(corpus_docs))


def test_csv_headers_and_rows_follow_the_neo4j_admin_format(tmp_path, mixed_graph):
    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.stores.neo4j_export import export_neo4j

    written = export_neo4j(mixed_graph, tmp_path / "out")
    for label, n in mixed_graph.counts()["nodes"].items():
        with (tmp_path / "out" / "nodes" / f"{label}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][:2] == [f"key:ID({label})", ":LABEL"]
        assert all(":" in h for h in rows[0][2:])
        assert len(rows) - 1 == n and {r[1] for r in rows[1:]} == {label}
        assert sorted(r[0] for r in rows[1:]) == sorted(x.key for x in mixed_graph.by_label(label))
    total = 0
    for path in (tmp_path / "out" / "relationships").glob("*.csv"):
        type_, src, dst = path.stem.split("__")
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][:3] == [f":START_ID({src})", f":END_ID({dst})", ":TYPE"]
        assert {r[2] for r in rows[1:]} == {type_}
        total += len(rows) - 1
    assert total == len(mixed_graph.edges)
    names = set()
    with (tmp_path / "out" / "nodes" / "Agency.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        names = {r[header.index("name:string")] for r in reader}
    assert set(PAYLOADS) <= names  # quotes, newlines, commas survive the CSV quoting
    assert written["import"].read_text().count("--nodes=") == len(mixed_graph.counts()["nodes"])
    # the CLI writes the same files from a corpus
    result = CliRunner().invoke(app, ["neo4j", "export", str(Path(__file__).resolve().parents[1] / "data" / "corpus"),
                                      "--out", str(tmp_path / "cli")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cli" / "load.cypher").is_file() and (tmp_path / "cli" / "import.sh").is_file()


def _cypher_shell(script: Path, creds: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    shell = MAIN_CACHE / "bin" / "cypher-shell"
    require(shell.exists() and (MAIN_CACHE / "cypher-shell" / "lib").is_dir(),
            "cypher-shell", f"{HOW} (scripts/neo4j-local install fetches it into {shell})")
    creds = creds or credentials()
    env = {**os.environ, "NEO4J_PASSWORD": creds["password"]}
    return subprocess.run([str(shell), "-a", creds["uri"], "-u", creds["user"], "--format", "plain",
                           "-f", str(script)], env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.neo4j
@pytest.mark.xdist_group("neo4j")
def test_cypher_script_runs_in_cypher_shell_like_the_driver_load(neo4j_store, mixed_graph, tmp_path):
    from policykg.stores.neo4j_export import write_cypher_script

    script = write_cypher_script(mixed_graph, tmp_path / "load.cypher", batch_size=40)
    expected = expected_snapshot(mixed_graph)
    done = _cypher_shell(script)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert credentials()["password"] not in done.stdout + done.stderr
    assert snapshot(neo4j_store) == expected
    again = _cypher_shell(script)  # idempotent, like the loader
    assert again.returncode == 0, again.stderr[-2000:]
    assert snapshot(neo4j_store) == expected
    neo4j_store.clear()
    neo4j_store.load(mixed_graph)
    assert snapshot(neo4j_store) == expected
    assert neo4j_store.counts() == model_counts(mixed_graph)


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.xdist_group("neo4j")
def test_csvs_import_with_neo4j_admin_into_a_fresh_database(throwaway_server, mixed_graph, tmp_path):
    from policykg.stores.neo4j_export import write_import_csv

    server = throwaway_server
    admin = MAIN_CACHE / "bin" / "neo4j-admin"
    require(admin.exists(), "neo4j-admin", f"{HOW} (scripts/neo4j-local install writes {admin})")
    (server.home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    _, script = write_import_csv(mixed_graph, tmp_path / "csv")
    env = {**server.env, "NEO4J_HOME": str(server.home), "NEO4J_CONF": str(server.home / "conf"),
           "NEO4J_ADMIN": str(admin), "HEAP_SIZE": "512m"}
    done = subprocess.run(["sh", str(script), "neo4j"], env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "IMPORT DONE" in done.stdout + done.stderr
    server.start()  # first start: sets the password, finds the imported database
    with server.connect() as store:
        assert store.counts() == model_counts(mixed_graph)
        assert snapshot(store) == expected_snapshot(mixed_graph)
        # the export's schema.cypher, run as its comment says, gives the schema the loader creates
        done = _cypher_shell(tmp_path / "csv" / "schema.cypher",
                             {"uri": server.uri, "user": "neo4j", "password": server.password})
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        exported = _schema(store)
        assert {name for name, *_ in exported} == {schema_name(s) for s in schema_statements()}
        assert all(state == "ONLINE" for *_, state in exported)  # the imported keys satisfy the constraints
        store.ensure_schema()  # the loader's schema check finds nothing to add
        assert _schema(store) == exported
        store.load(mixed_graph)  # and the driver load on top changes nothing
        assert snapshot(store) == expected_snapshot(mixed_graph)
        assert _schema(store) == exported


def _schema(store) -> list[tuple]:
    """Every index and constraint: name, kind, what it covers, state."""
    indexes = store.run_read("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state "
                             "RETURN name, type, entityType, labelsOrTypes, properties, state")
    constraints = {r["name"]: r["type"] for r in store.run_read("SHOW CONSTRAINTS YIELD name, type, ownedIndex "
                                                               "RETURN ownedIndex AS name, type")}
    return sorted((r["name"], r["type"], constraints.get(r["name"]), r["entityType"], tuple(r["labelsOrTypes"] or ()),
                   tuple(r["properties"] or ()), r["state"]) for r in indexes if r["type"] != "LOOKUP")
