"""From text to :class:`~policykg.schema.models.PolicyDocument`: the extraction pipeline.

:func:`parse_document` is pure (text in, model out); :func:`read_document`
reads a file first; :func:`extract` runs a batch and keeps going past bad files.

Examples
--------
>>> doc = parse_document('''关于支持区块链发展的若干措施
... 一、对获评国家级示范项目的企业,给予最高100万元奖励。(责任单位:市工信局、市财政局)''',
...     source="example.txt")
>>> doc.doc_type
'funding_measures'
>>> [a.value_yuan for m in doc.measures for a in m.amounts]
[1000000.0]
"""
from __future__ import annotations

import csv
import hashlib
import itertools
import logging
import multiprocessing
import os
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from policykg.errors import InputError, NoPolicyContentError
from policykg.loaders.context import DocContext
from policykg.loaders.entities.mentions import extract_entities, with_acting_companies
from policykg.loaders.facts.amounts import extract_amounts
from policykg.loaders.facts.citations import extract_citations
from policykg.loaders.facts.defined_names import defined_units
from policykg.loaders.facts.duty_annex import add_annex_duties, fold_unit_rows
from policykg.loaders.facts.guide_units import add_guide_units
from policykg.loaders.facts.people import extract_people
from policykg.loaders.facts.privacy import personal_data_spans, scrub_document
from policykg.loaders.facts.responsibility import extract_responsible
from policykg.loaders.gazetteers.local_names import full_names_in
from policykg.loaders.gazetteers.township import township_measures
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.carriers import RECORD_SUFFIXES, csv_rows
from policykg.loaders.reading.files import read_text
from policykg.loaders.resolver_memo import MemoResolver
from policykg.loaders.structure.jurisdiction import township_of
from policykg.loaders.structure.measures import extract_measures
from policykg.loaders.structure.metadata import extract_metadata
from policykg.schema.models import Measure, PolicyDocument

__all__ = ["parse_document", "read_document", "read_or_error", "extract", "iter_extract", "doc_id_for", "ExtractResult",
           "DOCUMENT_SUFFIXES", "collect_paths"]

log = logging.getLogger(__name__)

#: what a directory is searched for; a .doc is read by its content (often a .docx or a web page in disguise)
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx", ".doc", ".pdf", ".text", ".md", ".markdown", ".json",
                     ".sql", "")
#: a repository's own files, passed over when a folder is scanned (named on the command line, they are read)
_HOUSEKEEPING = re.compile(r"(readme|licen[cs]e|changelog|changes|contributing|notice|authors|copying)([._-]|$)", re.I)
_CJK = re.compile("[\u4e00-\u9fff]")
_POLICY_WORDS = re.compile(r"政策|措施|意见|方案|计划|通知|答复|办法|规定|建议|提案|支持|实施|责任单位|印发|推进|发展"
                           r"|人民政府|办事处|部门|审批|补贴|救助|申请|公示|公告|通告|批复|决定")  # (a 公示 of names is a document too)


def doc_id_for(source: str | Path) -> str:
    """A stable document id from its file name: the same file always gets the same id.

    A phone, e-mail or ID number in the name is left out (the id is in every store and view).

    >>> doc_id_for("data/corpus/suzhou-opinions 2020.txt")
    'suzhou-opinions-2020'
    >>> doc_id_for("replies/王芳-13512345672-答复.txt")
    '王芳-答复'
    """
    stem = Path(str(source)).name
    for suffix in (*DOCUMENT_SUFFIXES[:-1], *CODE_SUFFIXES, *PAGE_SUFFIXES, *RECORD_SUFFIXES):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    for a, b in reversed(personal_data_spans(stem)):
        stem = f"{stem[:a].rstrip(' _-')} {stem[b:].lstrip(' _-')}"
    slug = re.sub(r"[^\w\u4e00-\u9fff.-]+", "-", stem).strip("-.")
    return slug or "document"


def parse_document(text: str, *, source: str = "<text>", doc_id: str | None = None) -> PolicyDocument:
    """Extract a :class:`PolicyDocument` from a document's decoded text.

    Raises
    ------
    NoPolicyContentError
        When the text holds nothing that reads as a policy document.
    """
    doc_id = doc_id or doc_id_for(source)
    nt = normalize(text)
    cjk = sum(1 for _ in itertools.islice(_CJK.finditer(nt.text), 20))  # (counted up to the 20 the test needs)
    if cjk < 20 or not _POLICY_WORDS.search(nt.text):
        raise NoPolicyContentError(source, "has no recognisable policy content (no Chinese policy text found)",
                                   "check that this is the document itself and not a page shell")
    ctx = DocContext(doc_id, nt)
    meta = extract_metadata(ctx)
    ctx.jurisdiction = meta.jurisdiction
    ctx.issuer = meta.issuer
    resolver = MemoResolver(meta.jurisdiction, issuer=meta.issuer, doc_number=meta.doc_number)
    for short, full in defined_units(nt.text).items():
        resolver.define(short, full)
    resolver.know(full_names_in(nt.text, meta.jurisdiction.name))  # 区旅游文体局 beside its full name
    measures = []
    spans = []
    rows = []
    for span in extract_measures(ctx, meta):
        spans.append((span.start, span.end))
        rows.append(span.row)
        measures.append(
            Measure(
                id=span.id,
                title=span.title,
                text=nt.text[span.start:span.end],
                path=span.path,
                responsible=extract_responsible(ctx, span, resolver),
                amounts=extract_amounts(ctx, span.start, span.end),
                evidence=ctx.evidence(span.start, span.end),
            )
        )
    measures = add_annex_duties(ctx, spans, measures, resolver)
    measures = add_guide_units(ctx, meta.title, measures, resolver)
    measures = fold_unit_rows(rows, measures)
    town = township_of(meta.issuer, meta.jurisdiction)
    if town:  # a town's own offices (社区管理办, 财政所): the township's, not the district's
        measures = township_measures(measures, meta.jurisdiction.name, town.name)
    entities = with_acting_companies(extract_entities(ctx, resolver), measures, resolver)
    return scrub_document(PolicyDocument(  # phone numbers, e-mail addresses and ID numbers never leave extraction
        doc_id=doc_id,
        source=str(source),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.title,
        doc_type=meta.doc_type,
        issuer=meta.issuer,
        doc_number=meta.doc_number,
        date=meta.date,
        jurisdiction=town or meta.jurisdiction,
        validity=meta.validity,
        proposal=meta.proposal,
        measures=tuple(measures),
        enterprises=entities.get("enterprises", ()),
        platforms=entities.get("platforms", ()),
        programs=entities.get("programs", ()),
        cited_policies=extract_citations(ctx, meta),
        people=extract_people(ctx, meta),
        agencies=resolver.seen(),
        lifecycle=meta.lifecycle,
        links=meta.links,
        text=text,
    ))


def read_document(path: str | Path) -> PolicyDocument:
    """Read, decode and extract one document file.

    A file name that is not valid UTF-8 is stored with U+FFFD for its undecodable bytes (its id too is
    made of the rest), so it can be written to JSON, the store and every export.
    """
    text, fmt = read_text(path)
    log.debug("read %s as %s", path, fmt)
    source = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in str(path))
    return parse_document(text, source=source)


@dataclass
class ExtractResult:
    """The documents extracted from a batch and the errors of the files that failed."""

    documents: list[PolicyDocument] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def collect_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand directories into their document files (sorted, symlink loops skipped).

    A directory reached twice (a link back to a parent, two links to one place) is walked once, a file
    named twice is read once, and a second file that would get the same document id (``a/x.txt`` and
    ``b/x.html``) is an error instead of silently replacing the first.
    """
    first: dict[str, Path] = {}
    for item in _collect(paths, set()):
        if isinstance(item, Path):
            doc_id = doc_id_for(item)
            other = first.get(doc_id)
            if other is not None:
                if other != item and not _same_file(other, item):
                    yield InputError(item, f"would get the document id {doc_id!r} of {other}", "rename one of the two")
                continue
            first[doc_id] = item
        yield item


# program sources that may hold a document as data; a folder scan reads one only when it carries
# Chinese text in quantity (the rest of a web app's code is not a batch of bad documents)
CODE_SUFFIXES = (".js", ".jsx", ".mjs", ".ts", ".tsx", ".vue")
#: server page templates (a site's saved pages: .jsp, .asp, .php ...) and feeds (.xml, .rss), read like code: only with Chinese text in quantity
PAGE_SUFFIXES = (".jsp", ".asp", ".aspx", ".php", ".xhtml", ".xml", ".rss")
_CODE_MIN_CJK = 300
_PAGE_MIN_CJK = 150  # a saved page is a page: a short notice on one (250 characters) is still read


def _holds_text(path: Path, least: int = _CODE_MIN_CJK) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 20).decode("utf-8", "ignore")
    except OSError:
        return True  # let reading report it
    return sum(1 for ch in head if "\u4e00" <= ch <= "\u9fff") >= least


def _one_record(path: Path) -> bool:
    """Whether a CSV/TSV file is one document's record (a header and one row at most, Chinese text in quantity),
    not a dataset of many: a folder scan reads only those."""
    if not _holds_text(path, least=100):
        return False
    try:
        with open(path, encoding="utf-8", errors="ignore", newline="") as fh:
            head = fh.read(1 << 22)  # a dataset shows its rows early; a record is never this long
        return len(csv_rows(head, path.suffix)) <= 2
    except (OSError, csv.Error):
        return True  # let reading report it


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_dir(p: Path) -> bool | InputError:
    """Whether ``p`` is a directory; an InputError when even that cannot be found out (a name too long,
    a folder on the way without search permission)."""
    try:
        return p.is_dir()
    except OSError as exc:
        return InputError(p, f"cannot be read ({exc.strerror or exc.__class__.__name__})",
                          "check the path and the permissions of the folders on it")


def _collect(paths: Iterable[str | Path], seen: set[Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        p = Path(raw)
        is_dir = _is_dir(p)
        if isinstance(is_dir, InputError):
            yield is_dir
        elif is_dir:
            try:
                real = p.resolve(strict=True)
            except (OSError, RuntimeError):
                yield InputError(p, "is a symlink loop or cannot be resolved", "remove the link")
                continue
            if real in seen:
                continue
            seen.add(real)
            try:
                children = sorted(p.iterdir())
            except OSError as exc:
                yield InputError(p, f"cannot be listed ({exc.strerror})", "fix its permissions")
                continue
            for child in children:
                if child.name.startswith("."):
                    continue
                is_dir = _is_dir(child)
                if isinstance(is_dir, InputError):
                    yield is_dir
                elif is_dir or child.is_symlink() and not child.exists():
                    if child.is_symlink() and not child.exists():
                        yield InputError(child, "is a broken or looping symlink", "remove the link")
                    else:
                        yield from _collect([child], seen)
                elif child.suffix.lower() in DOCUMENT_SUFFIXES:
                    if _HOUSEKEEPING.match(child.name):
                        log.debug("%s: a repository file, not a document; skipped in a folder scan", child)
                        continue
                    yield child
                elif child.suffix.lower() in (*CODE_SUFFIXES, *PAGE_SUFFIXES) and _holds_text(
                        child, _PAGE_MIN_CJK if child.suffix.lower() in PAGE_SUFFIXES else _CODE_MIN_CJK):
                    yield child  # a web page's script holding a policy as data (see loaders.code_text)
                elif child.suffix.lower() in RECORD_SUFFIXES and _one_record(child):
                    yield child  # one document's record cut out of a dataset (a dataset of many is not read)
        else:
            yield p


def read_or_error(item: Path | PolicyDocument | InputError) -> PolicyDocument | InputError:
    """One input of a batch as a document, or its error (a bad file never stops the batch)."""
    if isinstance(item, (InputError, PolicyDocument)):
        return item
    try:
        return read_document(item)
    except InputError as exc:
        return exc
    except RecursionError:
        return InputError(item, "is nested too deeply to parse", "check the file for runaway brackets")


def iter_extract(paths: Iterable[str | Path], *, jobs: int = 1) -> Iterator[PolicyDocument | InputError]:
    """Extract documents one at a time, in input order; a bad file yields its error and the batch goes on.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and directories (expanded by :func:`collect_paths`).
    jobs : int
        Worker processes; ``1`` extracts in this process, ``0`` or less uses every core.
        Documents stream through: only a bounded window of texts is in memory at once.
    """
    items = collect_paths(paths)
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        results: Iterator[PolicyDocument | InputError] = map(read_or_error, items)
    else:
        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        pool = ctx.Pool(jobs, initializer=_ignore_sigint)
        results = _pooled(pool, items)
    for res in results:
        if isinstance(res, InputError):
            log.error("%s", res)
        yield res


def _ignore_sigint() -> None:
    """A worker's initializer: Ctrl-C reaches the whole process group; only the main process handles it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pooled(pool, items: Iterator[Path | InputError]) -> Iterator[PolicyDocument | InputError]:  # noqa: ANN001
    try:
        yield from pool.imap(read_or_error, items, chunksize=8)
    finally:
        pool.terminate()
        pool.join()


def extract(paths: Iterable[str | Path], *, jobs: int = 1) -> ExtractResult:
    """Extract every document of a batch; errors are collected, not raised."""
    result = ExtractResult()
    for item in iter_extract(paths, jobs=jobs):
        (result.errors if isinstance(item, InputError) else result.documents).append(item)
    return result
