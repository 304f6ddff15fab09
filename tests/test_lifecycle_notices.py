"""Real 延长有效期 and 废止 notices (tests/data/lifecycle, sources in its SOURCES.md).

Each link is extracted with its evidence and, when the target is in the corpus, resolved to it; the
extended document printed after an extension notice lends the notice none of its own dates.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph import build_graph
from policykg.graph.keys import key_for
from policykg.loaders import read_document

DATA = Path(__file__).resolve().parent / "data" / "lifecycle"
EXTEND_2022 = DATA / "shanghai-notice-extend-major-project-preparation-2022.md"
OPINIONS_2017 = DATA / "shanghai-opinions-major-project-preparation-2017.md"
EXTEND_2025 = DATA / "shanghai-notice-extend-dangerous-container-storage-2025.md"
REPEAL_2024 = DATA / "shanghai-notice-repeal-transport-documents-2024.md"
CUSTOMS = DATA / "shanghai-customs-announcement-repeal-list.txt"


def _ev_ok(doc, fact) -> None:
    ev = fact.evidence
    assert ev is not None and ev.doc_id == doc.doc_id
    assert " ".join(doc.text[ev.start:ev.end].split()) == ev.text


def test_sources_list_every_fixture_with_its_sha256():
    import hashlib

    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for p in DATA.iterdir():
        if p.name != "SOURCES.md":
            assert p.name in sources and hashlib.sha256(p.read_bytes()).hexdigest() in sources, p.name


@pytest.mark.parametrize("path,title,number,until", [
    (EXTEND_2022, "上海市人民政府办公厅印发关于进一步改进和优化市重大工程建设项目前期工作实施意见的通知",
     "沪府办发〔2017〕64号", "2027-10-31"),
    (EXTEND_2025, "上海港危险货物集装箱港内堆存作业管理规定", "沪交水〔2015〕222号", "2030-02-28"),
])
def test_extension_notice_extends_the_named_policy_to_its_new_last_day(path, title, number, until):
    doc = read_document(path)
    [link] = doc.links
    assert (link.kind, link.title, link.doc_number, link.until) == ("extends", title, number, until)
    _ev_ok(doc, link)


def test_the_extended_document_printed_after_the_notice_is_not_the_notice():
    # 第十四条 本规定自发布之日起施行,有效期至2020年2月28日止 is the 2015 rules', not the 2025 notice's
    # (before: the notice was valid from 2025-02-24 to 2020-02-28, and implemented three regulations)
    doc = read_document(EXTEND_2025)
    assert doc.validity is None and doc.lifecycle == ()
    assert [k.kind for k in doc.links] == ["extends"]


def test_the_extension_resolves_to_the_extended_policy_of_the_corpus():
    notice, opinions = read_document(EXTEND_2022), read_document(OPINIONS_2017)
    g = build_graph([notice, opinions])
    src = key_for("Policy", notice.doc_id)
    [resolved] = [e for e in g.out_edges(src, "EXTENDS") if e.graph == "derived"]
    assert resolved.dst == key_for("Policy", opinions.doc_id) and resolved.get("until") == "2027-10-31"


def test_a_repeal_list_of_announcements_with_their_publication_days_and_full_titles():
    # 现决定废止2006年3月7日公布的《…公告2006年第4号》(…的公告)、2007年3月22日公布的《…》(…)…
    doc = read_document(CUSTOMS)
    repealed = [k.title for k in doc.links if k.kind == "repeals"]
    assert len(repealed) == 17 and repealed[0] == "中华人民共和国上海海关公告2006年第4号"
    assert repealed[-1] == "上海出入境检验检疫局公告2016年第12号"
    # titles inside an item's bracketed full title are not repealed
    assert "中华人民共和国海关企业信用管理暂行办法" not in repealed
    assert {k.kind for k in doc.links} == {"repeals"}
    for k in doc.links:
        _ev_ok(doc, k)
        assert k.evidence.text.startswith("决定废止2006年3月7日公布的《")


def test_a_repeal_notice_whose_lists_are_attachments_names_nothing():
    doc = read_document(REPEAL_2024)
    assert doc.links == () and doc.validity is None
