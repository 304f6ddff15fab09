"""Writing every view of a graph, and the index linking them, into a directory.

Layout of ``out_dir``::

    index.html            summary, charts, links
    assets/               the one script and style file every page loads (relative path)
    overview.html         the whole graph
    overlap.html          co-responsibility network and similar measures
    policies/<stem>.html  one per policy
    documents/<stem>.html one per policy: its text, the evidence of every fact highlighted
    agencies/<stem>.html  one per agency with responsibilities

Pages are written atomically (temporary file, then rename), the same graph
always gives the same bytes, and pages of ``policies/`` and ``agencies/`` that
no longer match a policy or agency are removed.

Examples
--------
>>> import tempfile
>>> from policykg.graph.model import Node, PolicyGraph
>>> g = PolicyGraph()
>>> g.add_node(Node("policy:p", "Policy", "关于支持区块链发展的若干措施", {"doc_id": "p"}, "p"))
>>> with tempfile.TemporaryDirectory() as d:
...     [p.relative_to(d).as_posix() for p in write_views(g, d)]
...     sorted(p.relative_to(d).as_posix() for p in Path(d).glob("assets/*"))
['index.html', 'overview.html', 'overlap.html', 'policies/p-0ae391e4.html', 'documents/p-0ae391e4.html']
['assets/policykg-view.css', 'assets/policykg-view.js']
"""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Callable

from policykg.errors import ConfigError
from policykg.graph.model import PolicyGraph
from policykg.viz.assets import ASSET_DIR, STYLE_FILE, asset_files
from policykg.viz.documents import document_spans, render_document
from policykg.viz.index import render_index
from policykg.viz.render import Links, Tips, render_view
from policykg.viz.views import View, all_views, document_path

__all__ = ["write_views", "write_assets", "VIEW_DIRS"]

log = logging.getLogger(__name__)

#: sub-directories whose stale pages write_views removes
VIEW_DIRS = ("policies", "agencies", "documents")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_assets(out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write the shared script and style file the pages load into ``out_dir/assets``.

    :func:`write_views` calls it; call it beside pages made with :func:`~policykg.viz.render_view`.
    """
    return [_write(Path(out_dir).joinpath(*rel.split("/")), text) for rel, text in asset_files().items()]


def _links(views: list[View]) -> Links:
    pages = {v.focus: v.path for v in views if v.focus and v.kind in ("policy", "agency")}
    documents = {v.doc_id: path for v in views if v.doc_id and (path := document_path(v))}
    return Links(pages, documents)


def _document_pages(graph: PolicyGraph, views: list[View], links: Links,
                    texts: Callable[[str], str | None] | None) -> dict[str, str]:
    """Path -> HTML of each policy's document page."""
    spans = document_spans(graph)
    pages = {}
    for view in views:
        path = links.documents.get(view.doc_id or "")
        if view.kind != "policy" or path is None:
            continue
        doc = graph.documents.get(view.doc_id)
        text = (texts(view.doc_id) if texts is not None else None) or (getattr(doc, "text", "") or "")
        pages[path] = render_document(graph, view.focus or "", text, spans.get(view.doc_id or "", []),
                                      index_href="../index.html", view_href="../" + view.path,
                                      style_href=f"../{ASSET_DIR}/{STYLE_FILE}")
    return pages


def write_views(graph: PolicyGraph, out_dir: str | os.PathLike[str], *, agencies: bool = True,
                texts: Callable[[str], str | None] | None = None) -> list[Path]:
    """Write the interactive HTML views of ``graph`` into ``out_dir``.

    Parameters
    ----------
    graph : PolicyGraph
        The graph to draw (e.g. from :func:`policykg.graph.build_graph`).
    out_dir : path
        Created if missing; pages already there are replaced.
    agencies : bool
        Also write one page per agency (the bulk of the output on large corpora).
    texts : callable, optional
        A document id -> its text (e.g. :func:`policykg.viz.documents.texts_from_store`), for the
        document pages; else the graph's documents' own texts, and without text a page lists the facts.

    Returns
    -------
    list of Path
        The pages written, ``index.html`` first (the shared files of ``assets/`` are not listed).

    Raises
    ------
    ConfigError
        If ``out_dir`` cannot be created or written.
    """
    out = Path(out_dir)
    views = all_views(graph, agencies=agencies)
    tips = Tips(graph)
    links = _links(views)
    written: list[Path] = []
    try:
        write_assets(out)
        written.append(_write(out / "index.html", render_index(graph, views)))
        for view in views:
            up = "../" * view.path.count("/")
            html = render_view(graph, view, index_href=up + "index.html", assets_href=f"{up}{ASSET_DIR}/",
                               tips=tips, links=links)
            written.append(_write(out.joinpath(*view.path.split("/")), html))
        for path, html in _document_pages(graph, views, links, texts).items():
            written.append(_write(out.joinpath(*path.split("/")), html))
        keep = {p.resolve() for p in written}
        for sub in VIEW_DIRS:
            folder = out / sub
            for stale in sorted(folder.glob("*.html")) if folder.is_dir() else ():
                if stale.resolve() not in keep:
                    stale.unlink()
                    log.info("removed stale view %s", stale)
    except OSError as exc:
        raise ConfigError(f"{out}: cannot write the views ({exc.strerror or exc}); choose a writable --out "
                          "directory") from exc
    log.info("wrote %d views to %s", len(written), out)
    return written
