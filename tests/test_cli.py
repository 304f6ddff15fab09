"""The command line as a whole (issues 14 and 17): one error mapping, text printed as it is (no Rich markup),
--version, the parameters `policykg queries` promises, and a JSON error object under --json."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg import api
from policykg._optional import MissingExtraError
from policykg.cli import app
from policykg.errors import (
    BinaryInputError,
    ConfigError,
    InputError,
    Neo4jError,
    PolicyKGError,
    QueryError,
    StoreError,
    ValidationError,
)
from policykg.queries import list_questions

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "policykg" / "cli.py"
#: the command line's modules: cli.py and the helpers only it imports (its output, its errors, its groups)
CLI_MODULES = [CLI, *sorted((ROOT / "src" / "policykg").glob("_cli_*.py"))]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout == f"policykg {version('policykg')}\n", proc.stderr


def test_queries_shows_every_parameter_of_every_question():
    text = run("queries").stdout
    for q in list_questions():
        assert f"{q.name}  {q.title_zh} / {q.title_en}\n" in text
        for p in q.params:  # "[k (integer, default 2)]" used to be swallowed as Rich markup
            assert f"    -p {p.describe()}: {p.description}\n" in text
    assert "    -p k (integer, default 2): " in text and "    -p agency (string, required): " in text


def test_install_hint_in_an_error_is_printed_whole(tmp_path):
    docx = tmp_path / "notice.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    code = ("import sys; sys.modules['docx'] = None; from policykg.cli import main; "
            f"sys.argv = ['policykg', 'extract', {str(docx)!r}, '--out', {str(tmp_path / 'out')!r}]; main()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 2
    assert (f"error: {docx}: is a Word .docx file and python-docx is not installed "
            "(pip install 'policykg[formats]')\n") in proc.stderr


def test_names_that_look_like_markup_are_printed_as_they_are(tmp_path):
    bad = tmp_path / "[bold]draft[red].txt"
    bad.write_bytes(b"")
    proc = run("extract", str(bad), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and f"error: {bad}: is empty" in proc.stderr


@pytest.mark.parametrize("command", [
    ["push", "--sparql-endpoint", "http://127.0.0.1:9"], ["validate"], ["viz", "--out", "views"],
    ["neo4j", "export", "--out", "neo4j"]])
def test_json_commands_print_a_json_error(command, tmp_path):
    """`push --json` printed nothing on stdout when it failed; every --json command prints an error object."""
    missing = tmp_path / "missing"
    proc = run(*command, "--store", str(missing), "--json")
    assert proc.returncode == 3, proc.stderr
    assert json.loads(proc.stdout) == {"error": f"{missing}: no policykg store here (run policykg build first, "
                                                "or pass --store DIR)", "type": "StoreError", "exit_code": 3}
    assert proc.stderr.startswith(f"error: {missing}: no policykg store here")
    text = run(*command, "--store", str(missing))
    assert text.returncode == 3 and text.stdout == ""


@pytest.mark.parametrize("error", [
    PolicyKGError("x"), InputError("a.txt", "is bad"), BinaryInputError("a.doc", "is RTF"), StoreError("x"),
    QueryError("x"), ValidationError("x"), Neo4jError("x"), ConfigError("x"), MissingExtraError("pandas", "Frames")])
def test_every_error_class_gets_its_exit_code(error, monkeypatch):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(api, "list_questions", fail)
    result = CliRunner().invoke(app, ["queries"])
    assert result.exit_code == type(error).exit_code
    assert result.stderr == f"error: {error}\n"


def test_errors_are_mapped_in_one_place_and_the_cli_imports_the_api_only():
    assert len(CLI_MODULES) > 1
    trees = [ast.parse(path.read_text("utf-8")) for path in CLI_MODULES]
    handlers = [h for tree in trees for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler)
                and "PolicyKGError" in ast.unparse(h.type or ast.Constant(None))]
    assert len(handlers) == 1
    imported = {n.module for tree in trees for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom) and n.module.startswith("policykg")}
    imported |= {a.name for tree in trees for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
                 if a.name.startswith("policykg")}
    helpers = {f"policykg.{path.stem}" for path in CLI_MODULES[1:]}
    assert imported <= {"policykg", "policykg.errors"} | helpers, imported
    assert all("[red]" not in path.read_text("utf-8") for path in CLI_MODULES)


def test_nothing_imports_the_cli_but_the_cli():
    """cli.py is on top: no library module imports it or its helpers (``policykg._cli_*``)."""
    for path in sorted((ROOT / "src" / "policykg").rglob("*.py")):
        if path in CLI_MODULES or path.name == "__main__.py":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        names = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {m for m in names if m == "policykg.cli" or m.startswith("policykg._cli")}, path
