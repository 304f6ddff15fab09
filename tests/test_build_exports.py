"""The exports of a build (issue 18): with workers they are written while the store is completed, into a staging
directory, and reach OUT only once the store is committed; a build that fails before the commit leaves OUT's
exports as they were."""
from __future__ import annotations

import pytest

from policykg.errors import StoreError
from policykg.pipeline import EXPORTS, run
from policykg.pipeline_export import STAGING


class _FailingStore:
    """Another store (as ``policykg build --neo4j``) whose load fails: the build stops before its commit."""

    uri = "test://failing"

    def documents(self) -> list[str]:
        return []

    def remove_documents(self, doc_ids) -> None:
        pass

    def put_documents(self, graph) -> None:
        raise StoreError("the other store is down")

    def counts(self) -> dict:
        return {}


def _exports(out) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.glob("graph.*")}


@pytest.mark.parametrize("jobs", [1, 2])
def test_exports_reach_out_only_once_the_store_is_committed(corpus_dir, tmp_path, jobs):
    out, store = tmp_path / "out", tmp_path / "store"
    files = sorted(corpus_dir.glob("*.txt"))
    first = run(files[:2], store=store, out=out, jobs=jobs)
    before = _exports(out)
    assert sorted(before) == sorted(f"graph.{fmt}" for fmt in EXPORTS)
    assert list(first.exports) == list(EXPORTS) and not (out / STAGING).exists()

    with pytest.raises(StoreError, match="nothing was committed"):
        run(files, store=store, out=out, jobs=jobs, stores=[_FailingStore()])
    assert _exports(out) == before  # written (with workers) while the store was completed, never moved into OUT
    assert not (out / STAGING).exists()

    again = run(files, store=store, out=out, jobs=jobs)
    assert again.ok and set(again.exports.values()) == set(out.glob("graph.*"))
    assert _exports(out)["graph.ttl"] != before["graph.ttl"] and not (out / STAGING).exists()
