"""Build safety (issue 15): a build is a transaction (one that fails or is interrupted leaves the previous store
intact and queryable), the saved documents and the RDF store are checked against each other, one Ctrl-C stops a
parallel build at once, and two builds never share a store.

The process tests run ``policykg build`` on a generated corpus (bench/generate_corpus.py) in a session of its
own, as a terminal would: Ctrl-C is sent to the whole process group, workers included.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg import api
from policykg.errors import StoreError
from policykg.pipeline import run
from policykg.stores.directory import documents_dir, rdf_dir
from policykg.stores.rdf import RDFStore

ROOT = Path(__file__).resolve().parents[1]
POLICYKG = [sys.executable, "-m", "policykg"]
sys.path.insert(0, str(ROOT / "bench"))
import generate_corpus  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    generate_corpus.generate(240, out, seed=7)
    return out


@pytest.fixture(scope="module")
def built(corpus_dir, tmp_path_factory) -> Path:
    """A clean store of the sample corpus (copied by the tests that change it)."""
    store = tmp_path_factory.mktemp("built") / "store"
    assert run([corpus_dir], store=store, jobs=1).ok
    return store


def _copy(store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store, copy, symlinks=True)
    return copy


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*POLICYKG, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _start_build(corpus: Path, store: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([*POLICYKG, "build", str(corpus), "--out", str(out), "--store", str(store),
                             "--jobs", "2", "--exports", "none", "--no-views"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            start_new_session=True)


def _wait_for_documents(proc: subprocess.Popen, store: Path, n: int, timeout: float = 120) -> None:
    """Wait until the build has saved ``n`` documents (it is extracting) in the generation it writes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if max((len(list(g.glob("documents/*.json"))) for g in store.glob("gen-*")), default=0) >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError(f"the build saved fewer than {n} documents in {timeout} s")


# -- the saved documents and the RDF store checked against each other (item 1) ------------------------------

def test_a_clean_store_passes_the_check(built):
    report = api.check_store(built)
    assert report.ok, report.problems()
    assert report.documents == 5 and report.problems() == []


def test_validate_fails_when_the_rdf_store_lacks_documents_and_derived_measures_dangle(built, tmp_path):
    store = _copy(built, tmp_path)
    with RDFStore(rdf_dir(store)) as rdf:
        dropped = rdf.documents()[:2]
        rdf.replace_graphs(dropped)  # as an interrupted build leaves it: documents saved, graphs not loaded
    report = api.check_store(store)
    assert not report.ok
    assert report.missing_graphs == dropped and report.dangling_measures > 0
    with pytest.raises(StoreError, match="policykg build"):
        api.validate_store(store)
    # before: "conforms", exit 0
    proc = _run("validate", "--store", str(store))
    assert proc.returncode == StoreError.exit_code, proc.stdout + proc.stderr
    assert "conforms" not in proc.stdout
    assert dropped[0] in proc.stderr and "policykg build" in proc.stderr and "--replace" in proc.stderr


def test_the_check_names_graphs_without_a_saved_document(built, tmp_path):
    store = _copy(built, tmp_path)
    gone = sorted(documents_dir(store).glob("*.json"))[0]
    gone.unlink()
    report = api.check_store(store)
    assert report.missing_documents == [gone.stem] and not report.missing_graphs
    assert gone.stem in report.message() and "policykg build" in report.message()


# -- a build is a transaction: one that fails or is killed leaves the previous store as it was (item 1) ----------

def _answers(store: Path) -> tuple[str, list[str]]:
    proc = _run("query", "agency_workload", "--store", str(store), "--format", "csv")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout, sorted(p.name for p in documents_dir(store).glob("*.json"))


@pytest.mark.parametrize("where", ["graph", "store"])
def test_a_failed_build_leaves_the_previous_store_intact_and_queryable(corpus_dir, built, tmp_path, monkeypatch,
                                                                       where):
    """Before: the failed build left build-in-progress, and query/validate refused the store until a rebuild."""
    store = _copy(built, tmp_path)
    before = _answers(store)
    one = sorted(corpus_dir.glob("*.txt"))[0]

    def broken(*args, **kwargs):
        raise RuntimeError("killed while writing")

    # the graph step, or the store write itself (the RDF store's bulk load of this batch)
    monkeypatch.setattr("policykg.pipeline.derive" if where == "graph"
                        else "policykg.stores.rdf.RDFStore.replace_graphs", broken)
    with pytest.raises(RuntimeError):
        api.build_store([one], tmp_path / "out", store, replace=True, jobs=1, views=False)
    monkeypatch.undo()
    assert not (store / "build-in-progress").exists()
    assert _answers(store) == before  # the same documents, the same answers
    assert api.check_store(store).ok
    proc = _run("validate", "--store", str(store))
    assert proc.returncode == 0 and "conforms" in proc.stdout, proc.stdout + proc.stderr
    assert run([corpus_dir], store=store, jobs=1).ok  # building again works, and leaves one generation
    assert len(list(store.glob("gen-*"))) == 1 and api.check_store(store).ok


def test_a_build_killed_while_it_writes_leaves_the_previous_store(generated, built, corpus_dir, tmp_path):
    """SIGKILL in the middle of a build with --replace: the store still holds and answers the corpus it held."""
    store = _copy(built, tmp_path)
    before = _answers(store)
    proc = subprocess.Popen([*POLICYKG, "build", str(generated), "--out", str(tmp_path / "out"), "--store",
                             str(store), "--jobs", "2", "--exports", "none", "--no-views", "--replace"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            start_new_session=True)
    try:
        _wait_for_documents(proc, store, 60)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
    assert _answers(store) == before
    assert api.check_store(store).ok
    assert run([corpus_dir], store=store, jobs=1).ok  # the next build drops what the killed one left
    assert len(list(store.glob("gen-*"))) == 1


# -- one Ctrl-C stops a parallel build at once (item 3) ------------------------------------------------------

def test_one_ctrl_c_stops_a_parallel_build_within_seconds_with_one_line(generated, tmp_path):
    store = tmp_path / "store"
    proc = _start_build(generated, store, tmp_path / "out")
    try:
        _wait_for_documents(proc, store, 20)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the workers get it too
        t0 = time.monotonic()
        try:
            stdout, stderr = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("the build did not stop within 10 s of Ctrl-C")
        assert time.monotonic() - t0 < 10
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) <= 2, stderr
    assert "interrupted" in stderr
    # it committed nothing: there is no store to answer from, and the reader says what to run
    check = _run("validate", "--store", str(store))
    assert check.returncode == StoreError.exit_code and "policykg build" in check.stderr
    assert not (store / "current").exists()


# -- a second build never touches a store another build is writing (item 4) ----------------------------------

def test_a_second_build_is_refused_while_the_first_writes_and_the_first_completes(generated, corpus_dir,
                                                                                  tmp_path):
    store = tmp_path / "store"
    first = _start_build(generated, store, tmp_path / "out1")
    try:
        _wait_for_documents(first, store, 5)
        second = _run("build", str(corpus_dir), "--out", str(tmp_path / "out2"), "--store", str(store),
                      "--jobs", "1", "--exports", "none", "--no-views")
        stdout, stderr = first.communicate(timeout=300)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.communicate()
    assert first.returncode == 0, stderr  # before: FileNotFoundError, its temporary files deleted by the second
    assert second.returncode == StoreError.exit_code, second.stdout + second.stderr
    assert "another policykg" in second.stderr and str(store) in second.stderr
    assert len(list(documents_dir(store).glob("*.json"))) == 240
    assert api.check_store(store).ok
