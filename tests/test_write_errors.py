"""A disk that fills up (or a directory that cannot be written) while writing is a StoreError that names the
file and says what to do, never a traceback (issue 15, item 7).  ENOSPC is simulated by making the write raise
``OSError(28)`` where the real one would: the spool file of the bulk loader, the documents saved by the
build, the JSON files of ``extract``."""
from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.errors import StoreError
from policykg.graph.keys import graph_iri
from policykg.stores import bulk
from policykg.stores.bulk import BulkLoader
from policykg.stores.rdf import RDFStore

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "data" / "corpus" / "futian-reply-20220098-regtech.txt"


def _enospc(*_: object, **__: object):
    raise OSError(errno.ENOSPC, "No space left on device")


class _FullDisk(io.BufferedWriter):
    """A file on a disk with no space left: every write fails."""

    def write(self, data):  # noqa: ANN001, ANN201
        _enospc()


def _full_open(path, mode="r", *args, **kwargs):  # noqa: ANN001, ANN201
    if "w" in mode or "a" in mode:
        return _FullDisk(io.FileIO(path, "w"))
    return open(path, mode, *args, **kwargs)


@pytest.mark.parametrize("deferred", [False, True])
def test_the_bulk_loader_reports_a_full_disk_with_its_spool_file(tmp_path, monkeypatch, deferred):
    monkeypatch.setattr(bulk, "open", _full_open, raising=False)
    loader = BulkLoader(RDFStore(), tmp_path / "spool.nq", deferred=deferred)
    nquads = f'<urn:s> <urn:p> "1" <{graph_iri("a")}> .\n'.encode()
    with pytest.raises(StoreError, match=r"cannot write .*spool\.nq \(No space left on device\); free some disk space"):
        loader.add("a", nquads)
        loader.finish()
    loader.close()


def test_build_on_a_full_disk_fails_with_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "open", _full_open, raising=False)
    result = CliRunner().invoke(app, ["build", str(GOOD), "--out", str(tmp_path / "out"), "--store",
                                      str(tmp_path / "store"), "--jobs", "1", "--exports", "nt", "--no-views"])
    assert result.exit_code == StoreError.exit_code, result.output
    assert isinstance(result.exception, SystemExit)  # not an uncaught OSError
    assert "No space left on device" in result.output and ".graph.nq.tmp" in result.output


def test_saving_an_extracted_document_on_a_full_disk_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "write_text", _enospc)
    result = CliRunner().invoke(app, ["build", str(GOOD), "--out", str(tmp_path / "out"), "--store",
                                      str(tmp_path / "store"), "--jobs", "1", "--exports", "none", "--no-views"])
    assert result.exit_code == StoreError.exit_code and isinstance(result.exception, SystemExit), result.output
    assert "futian-reply-20220098-regtech" in result.output and "No space left on device" in result.output
    from policykg.loaders import read_document, write_json

    doc = read_document(GOOD)
    with pytest.raises(StoreError, match=r"cannot write .*ex/futian-reply-20220098-regtech\.json \(No space left "
                                         r"on device\); free some disk space"):
        write_json(doc, tmp_path / "ex")  # what `policykg extract` writes with
    assert not list((tmp_path / "ex").iterdir())  # no .json.tmp left behind
