"""Answers that do not mislead an analyst (issue 16), through the command line on a built store:

* a short name that names no agency (工信局) is an error that says so and lists the closest agencies
  (exit non-zero), while a name as a document writes it (市工信局) resolves to its agencies;
* collective units (苏州市各市、区人民政府) are out of the workload ranking unless asked, and marked;
* when a document names no lead, the answers say so (no_lead_stated, lead_stated) instead of a bare 0;
* an 80-column terminal wraps names in a table instead of cutting them to ``苏 …``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from policykg.errors import UnknownAgencyError
from policykg.pipeline import run as build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("analyst") / "store"
    build([ROOT / "data" / "corpus"], store=path)
    return path


def cli(store: Path, *args: str, columns: int = 80) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "50"}
    return subprocess.run([sys.executable, "-m", "policykg", *args, "--store", str(store)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=600)


def rows(store: Path, *args: str) -> list[dict]:
    done = cli(store, *args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["rows"]


def test_a_short_name_that_names_no_agency_is_an_error_with_the_closest_names(store):
    done = cli(store, "query", "agency_measures", "-p", "agency=工信局")
    assert done.returncode == UnknownAgencyError.exit_code != 0
    assert "no agency is named '工信局'" in done.stderr and "Traceback" not in done.stderr
    closest = done.stderr.split("closest: ", 1)[1].split(";", 1)[0].split(", ")
    assert {"苏州市工业和信息化局", "福田区工业和信息化局"} <= set(closest), closest
    listed = rows(store, "query", "agency_names", "-p", "search=工信局")
    assert {r["agency_name"] for r in listed} == {"苏州市工业和信息化局", "福田区工业和信息化局"}


def test_a_name_as_written_resolves_to_its_agency(store):
    found = rows(store, "query", "agency_measures", "-p", "agency=市工信局")
    assert found and {r["agency_name"] for r in found} == {"苏州市工业和信息化局"}
    assert {r["as_written"] for r in found} >= {"市工信局"}
    assert list(found[0])[:4] == ["measure_title", "role", "lead_stated", "evidence_sentence"]  # what matters first


def test_collectives_are_out_of_the_ranking_unless_asked(store):
    ranked = rows(store, "query", "agency_workload")
    assert ranked and not any(r["collective"] for r in ranked)
    assert "苏州市各市、区人民政府" not in {r["agency_name"] for r in ranked}
    everyone = rows(store, "query", "agency_workload", "-p", "include_collectives=true")
    collectives = [r for r in everyone if r["collective"]]
    assert [r["agency_name"] for r in collectives] == ["苏州市各市、区人民政府"]
    assert len(everyone) == len(ranked) + 1


def test_an_unstated_lead_is_said_not_zero(store):
    ranked = {r["agency_name"]: r for r in rows(store, "query", "agency_workload")}
    shenzhen = ranked["深圳市工业和信息化局"]  # the Shenzhen plan lists 责任单位 without a lead
    assert shenzhen["lead_measures"] == 0 and shenzhen["no_lead_stated"] == shenzhen["measures"] > 0
    suzhou = ranked["苏州市工业和信息化局"]  # leads one measure, the others name no lead
    assert suzhou["lead_measures"] == 1 and suzhou["no_lead_stated"] == suzhou["measures"] - 1
    per_measure = rows(store, "query", "policy_responsibilities", "-p", "policy=shenzhen-blockchain-action-plan-2021-2023")
    assert per_measure and not any(r["lead_stated"] or r["is_lead"] for r in per_measure)


def _first_column(table: str) -> list[str]:
    """The first column's cells of a Rich table (cells folded over several lines joined)."""
    cells, current = [], ""
    for line in table.splitlines():
        if line.startswith("│"):
            current += line.split("│")[1].strip()
        elif line.startswith(("├", "└")) and current:
            cells.append(current)
            current = ""
    return cells


def test_an_80_column_table_wraps_names_instead_of_cutting_them(store):
    done = cli(store, "query", "agency_workload", columns=80)
    assert done.returncode == 0, done.stderr
    assert max(cell_len(line) for line in done.stdout.splitlines()) <= 80  # Chinese takes two cells
    assert "…" not in done.stdout
    names = [r["agency_name"] for r in rows(store, "query", "agency_workload")]
    assert _first_column(done.stdout) == names
    wide = cli(store, "query", "agency_measures", "-p", "agency=市工信局", columns=80)  # 13 columns: one record a row
    assert wide.returncode == 0 and "…" not in wide.stdout
    assert "苏州市工业和信息化局" in wide.stdout and "(市科技局、市工信局、市财政局)" in wide.stdout
