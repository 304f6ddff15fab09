"""`policykg query` output of a large result (issue 18): the table is capped with a note, CSV and JSON hold
every row and are written row by row."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from policykg import api
from policykg.cli import TABLE_ROWS, app

N = TABLE_ROWS + 300


@pytest.fixture
def many_rows(monkeypatch):
    rows = [{"measure": f"m{i:04d}", "score": i / 1000, "note": None if i % 2 else "[bold]x[/bold]"} for i in range(N)]

    def fake(name, params=None, **kwargs):
        return {"query": name, "engine": "rdf", "params": dict(params or {}), "columns": ["measure", "score", "note"],
                "rows": rows}

    monkeypatch.setattr(api, "run_question", fake)
    return rows


def test_a_large_table_is_capped_with_a_note(many_rows):
    result = CliRunner().invoke(app, ["query", "overlapping_measures"])
    assert result.exit_code == 0, result.output
    shown = [f"m{i:04d}" for i in range(N) if f"m{i:04d}" in result.stdout]
    assert shown == [f"m{i:04d}" for i in range(TABLE_ROWS)]
    assert f"{N - TABLE_ROWS} more rows not shown" in result.stdout
    assert "--format csv" in result.stdout and "--format json" in result.stdout
    assert "[bold]x[/bold]" in result.stdout  # still printed as it is, no markup


def test_a_small_table_has_no_note(many_rows):
    del many_rows[10:]
    result = CliRunner().invoke(app, ["query", "overlapping_measures"])
    assert result.exit_code == 0
    assert all(f"m{i:04d}" in result.stdout for i in range(10))
    assert "not shown" not in result.stdout


def test_csv_has_every_row(many_rows):
    result = CliRunner().invoke(app, ["query", "overlapping_measures", "--format", "csv"])
    assert result.exit_code == 0
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == ["measure", "score", "note"] and len(table) == N + 1
    assert table[-1] == [f"m{N - 1:04d}", str((N - 1) / 1000), "" if (N - 1) % 2 else "[bold]x[/bold]"]


def test_json_has_every_row_and_the_result_fields(many_rows):
    result = CliRunner().invoke(app, ["query", "overlapping_measures", "--format", "json", "-p", "k=v"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["query"] == "overlapping_measures" and data["params"] == {"k": "v"}
    assert data["columns"] == ["measure", "score", "note"] and data["rows"] == many_rows


def test_json_is_written_row_by_row(many_rows, monkeypatch):
    """No single write holds the whole result (it is streamed, not dumped as one string)."""
    import policykg._cli_output as output

    sizes = []
    real = output.write

    def spy(text):
        sizes.append(len(text))
        real(text)

    monkeypatch.setattr(output, "write", spy)
    result = CliRunner().invoke(app, ["query", "overlapping_measures", "--format", "json"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["rows"]) == N
    assert len(sizes) > N and max(sizes) < 500
